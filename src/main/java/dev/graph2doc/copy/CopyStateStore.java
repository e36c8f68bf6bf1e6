package dev.graph2doc.copy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable copy state, shared by every instance: one plan per (tenant, collection) splitting its keys into
 * partitions, and per partition a lease (who copies it, until when) and a checkpoint (the last key written).
 * Every change is a single-document atomic operation.
 */
public interface CopyStateStore {

    /** Stores the plan unless one exists; either way returns the plan that holds from now on. */
    CopyPlan savePlanIfAbsent(CopyPlan plan);

    Optional<CopyPlan> plan(String tenant, String collection);

    /** Forgets the plan, its partitions' progress, findings and verdict, so the next start plans the copy afresh. */
    void discardPlan(String tenant, String collection);

    List<CopyPlan> plans();

    /**
     * Takes the partition if it is not done and free, expired, or already ours; the lease runs until
     * {@code leaseUntil}. Empty when another live owner holds it or it is done.
     */
    Optional<PartitionState> claim(CopyPartition partition, String owner, Instant now, Instant leaseUntil);

    /** Moves the checkpoint and renews the lease; false when the lease was lost to another owner. */
    boolean checkpoint(CopyPartition partition, String owner, Object lastKey, long copied, Instant leaseUntil);

    /** Marks the partition done at {@code finishedAt} (only its owner can); false when the lease was lost. */
    boolean complete(CopyPartition partition, String owner, long copied, Instant finishedAt);

    /** Gives the partition up without finishing it (pause, shutdown), keeping its checkpoint. */
    void release(CopyPartition partition, String owner);

    List<PartitionState> partitions(String tenant, String collection);

    /** Records a root the copy could not put into MongoDB; recording the same root and kind again replaces it. */
    void recordFinding(CopyFinding finding);

    /** Up to {@code limit} of the collection's findings, in the order recorded. */
    List<CopyFinding> findings(String tenant, String collection, int limit);

    long countFindings(String tenant, String collection);

    /** Stores the collection's completeness verdict, replacing an earlier one. */
    void saveVerdict(CopyVerdict verdict);

    Optional<CopyVerdict> verdict(String tenant, String collection);

    CopyControl control();

    void saveControl(CopyControl control);

    /** Operator's switches for every copy: paused, and a rate cap (0 = none). */
    record CopyControl(boolean paused, long maxDocumentsPerSecond) {
        public static final CopyControl DEFAULT = new CopyControl(false, 0);
    }
}
