package dev.graph2doc.copy;

import java.time.Instant;
import java.util.List;

/** How one tenant's collection is split for copying, and how many roots it had when planned. */
public record CopyPlan(String tenant, String collection, List<CopyPartition> partitions, long estimatedTotal,
                       Instant plannedAt) {

    public CopyPlan {
        partitions = List.copyOf(partitions);
    }
}
