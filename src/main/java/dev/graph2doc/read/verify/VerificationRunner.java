package dev.graph2doc.read.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through unfinished runs: claims the oldest one (a new run, or one a stopped or crashed instance left), verifies
 * each slice from its checkpoint, then finishes the run and records the tenants it found clean. A run whose attempts
 * keep failing is marked FAILED after {@link #ATTEMPTS}; one failure (a store briefly down) only delays it.
 */
public final class VerificationRunner {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(VerificationRunner.class);

    private final Verifier verifier;
    private final VerificationStore store;
    private final List<String> mappedCollections;
    private final Clock clock;
    private final String owner;
    private final Duration lease;
    private final Map<String, Integer> failures = new HashMap<>();

    public VerificationRunner(Verifier verifier, VerificationStore store, List<String> mappedCollections, Clock clock,
                              String owner, Duration lease) {
        this.verifier = verifier;
        this.store = store;
        this.mappedCollections = List.copyOf(mappedCollections);
        this.clock = clock;
        this.owner = owner;
        this.lease = lease;
    }

    /** Claims one unfinished run and works on it until it ends or {@code stop} says so; false when there was none. */
    public boolean runNext(BooleanSupplier stop) {
        VerificationRun run = store.claim(owner, clock.instant(), leaseUntil()).orElse(null);
        if (run == null) {
            return false;
        }
        try {
            if (verifySlices(run, stop)) {
                finish(run.id());
            } else {
                store.release(run.id(), owner); // stopped: another instance, or this one after a restart, continues
            }
            failures.remove(run.id());
        } catch (RuntimeException e) {
            failed(run.id(), e);
        }
        return true;
    }

    /** True when every slice is done; false when stopped, cancelled, or the lease was lost. */
    private boolean verifySlices(VerificationRun run, BooleanSupplier stop) {
        for (VerificationSlice slice : run.slices()) {
            if (slice.done()) {
                continue;
            }
            VerificationSlice reached = verifier.verify(slice, run.request().repair(),
                    s -> store.checkpoint(run.id(), owner, s, leaseUntil()) && !stop.getAsBoolean());
            if (reached.done()) {
                logResult(run.id(), reached);
            }
            if (!reached.done() || stop.getAsBoolean()) {
                return false;
            }
        }
        return true;
    }

    /** One line per tenant's collection, with its fields for the JSON log format. */
    private static void logResult(String runId, VerificationSlice slice) {
        VerificationCounts c = slice.counts();
        LOG.atInfo().addKeyValue("event", "verification_result").addKeyValue("run", runId)
                .addKeyValue("tenant", slice.tenant()).addKeyValue("collection", slice.collection())
                .addKeyValue("clean", c.clean()).addKeyValue("verified", c.verified()).addKeyValue("missing", c.missing())
                .addKeyValue("extra", c.extra()).addKeyValue("mismatched", c.mismatched())
                .addKeyValue("unsettled", c.unsettled()).addKeyValue("unrenderable", c.unrenderable())
                .addKeyValue("repaired", c.repaired())
                .log("verification {}: tenant={} collection={} clean={} verified={} missing={} extra={} mismatched={} "
                        + "unsettled={} unrenderable={} repaired={}", runId, slice.tenant(), slice.collection(), c.clean(),
                        c.verified(), c.missing(), c.extra(), c.mismatched(), c.unsettled(), c.unrenderable(), c.repaired());
    }

    private void finish(String runId) {
        Instant now = clock.instant();
        if (!store.finish(runId, owner, VerificationRun.State.DONE, now, null)) {
            return; // cancelled meanwhile: it proves nothing
        }
        VerificationRun done = store.find(runId).orElseThrow();
        for (String tenant : done.cleanTenants(mappedCollections)) {
            store.recordClean(tenant, done.startedAt());
        }
        LOG.info("verification {} done in {}: {}", runId, Duration.between(done.startedAt(), now), done.totals());
    }

    private void failed(String runId, RuntimeException e) {
        int attempts = failures.merge(runId, 1, Integer::sum);
        if (attempts < ATTEMPTS) {
            LOG.warn("verification {} attempt {} of {} failed, retrying from its checkpoint: {}", runId, attempts,
                    ATTEMPTS, e.toString());
            store.release(runId, owner);
            return;
        }
        LOG.error("verification {} failed {} times; marked FAILED", runId, attempts, e);
        failures.remove(runId);
        store.finish(runId, owner, VerificationRun.State.FAILED, clock.instant(),
                e.getMessage() + " (after " + attempts + " attempts; fix the cause and start a new verification)");
    }

    private Instant leaseUntil() {
        return clock.instant().plus(lease);
    }
}
