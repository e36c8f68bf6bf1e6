package dev.graph2doc.demo;

import java.util.Map;

/** How many nodes per label and relationships per type a fleet graph holds. */
public record FleetCounts(Map<String, Long> nodes, Map<String, Long> relationships) {

    public long totalNodes() {
        return nodes.values().stream().mapToLong(Long::longValue).sum();
    }
}
