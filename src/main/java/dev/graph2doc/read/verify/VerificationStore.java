package dev.graph2doc.read.verify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable full verifications, shared by every instance: the runs with a checkpoint per (tenant, collection), a
 * lease on each running run (the instance verifying it, until when), and per tenant the time of its last clean
 * verification. Ownership checks are single-document atomic updates.
 */
public interface VerificationStore {

    /** Stores a new run and its slices, unowned: any instance's worker may claim it. */
    void create(VerificationRun run);

    Optional<VerificationRun> find(String id);

    /** The most recent runs, newest first, at most {@code limit}. */
    List<VerificationRun> recent(int limit);

    /**
     * Takes the oldest RUNNING run that is unowned, ours, or whose lease expired, until {@code leaseUntil}; empty when
     * there is none.
     */
    Optional<VerificationRun> claim(String owner, Instant now, Instant leaseUntil);

    /**
     * Saves the slice and renews the lease, if the run is still RUNNING and ours. False otherwise (cancelled, or
     * taken over after our lease expired): the caller stops and saves nothing more.
     */
    boolean checkpoint(String runId, String owner, VerificationSlice slice, Instant leaseUntil);

    /** Ends a RUNNING run we own (DONE or FAILED, with the error); false when it is no longer ours or running. */
    boolean finish(String runId, String owner, VerificationRun.State state, Instant at, String error);

    /** Gives the run up without finishing it (shutdown, a failed attempt), keeping its checkpoints. */
    void release(String runId, String owner);

    /** Cancels a RUNNING run; its worker stops at its next checkpoint. False when the run is unknown or finished. */
    boolean cancel(String runId, Instant at, String reason);

    /** Records that a run which started at {@code at} found the tenant clean; an earlier time never replaces a later one. */
    void recordClean(String tenant, Instant at);

    /** When the last run that found the tenant clean over every collection started; empty when none has. */
    Optional<Instant> lastCleanVerification(String tenant);
}
