package dev.graph2doc.copy;

import java.time.Instant;

/**
 * Where a partition's copy stands: its checkpoint (last key written, null before the first chunk), lease, when it
 * was first claimed and when it was finished (null until then).
 */
public record PartitionState(CopyPartition partition, String owner, Instant leaseUntil, Object checkpoint,
                             long copied, boolean done, Instant startedAt, Instant finishedAt) {
}
