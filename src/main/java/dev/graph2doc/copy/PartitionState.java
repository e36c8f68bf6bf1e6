package dev.graph2doc.copy;

import java.time.Instant;

/** Where a partition's copy stands: its checkpoint (last key written, null before the first chunk) and lease. */
public record PartitionState(CopyPartition partition, String owner, Instant leaseUntil, Object checkpoint,
                             long copied, boolean done) {
}
