package dev.graph2doc.store;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a graph holds, counted: nodes per label and relationships per type (a node with two labels counts under both). */
public record GraphCensus(long nodes, SortedMap<String, Long> nodesPerLabel, long relationships,
                          SortedMap<String, Long> relationshipsPerType) {

    public GraphCensus {
        nodesPerLabel = new TreeMap<>(nodesPerLabel);
        relationshipsPerType = new TreeMap<>(relationshipsPerType);
    }

    /** "171 nodes (Movie 38, Person 133), 253 relationships (ACTED_IN 172, DIRECTED 44)": plain digits, sorted by name. */
    public String describe() {
        return nodes + " nodes" + counts(nodesPerLabel) + ", " + relationships + " relationships" + counts(relationshipsPerType);
    }

    private static String counts(Map<String, Long> perName) {
        if (perName.isEmpty()) {
            return "";
        }
        return perName.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
