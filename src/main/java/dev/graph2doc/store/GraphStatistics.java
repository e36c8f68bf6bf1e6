package dev.graph2doc.store;

import dev.graph2doc.mapping.CollectionMapping;
import java.util.List;
import java.util.Map;

/**
 * How many neighbours each root's document would gather, measured in the graph with aggregate queries
 * (never one round trip per root), through one mapping. The fan-out fields are the collection's
 * {@code as: array} embeds and its references; a to-one embed holds one sub-document at most.
 */
public interface GraphStatistics {

    /**
     * The collection's roots in {@code tenant}: how many, per fan-out field the max and 99th percentile of
     * items per root and a probe (a root whose field holds 1 to {@code probeCap} items, cheap to render),
     * and the {@code largest} roots by total item count, then those of the {@code largest} roots by own property
     * size not among them.
     */
    CollectionStatistics measure(CollectionMapping collection, String tenant, int largest, long probeCap);

    /**
     * Write amplification: per embed of the collection (to-one and arrays), over the {@code tenant}'s embedded
     * neighbours, the max and 99th percentile of roots that embed one neighbour — the documents one change of it
     * rewrites.
     */
    List<EmbedReach> reach(CollectionMapping collection, String tenant);

    /** One embed: how many neighbours are embedded at all, and the max and p99 of roots per neighbour. */
    record EmbedReach(String field, long neighbours, long max, long p99) {
    }

    record CollectionStatistics(long roots, List<FieldStatistics> fields, List<RootFanOut> largest) {

        public CollectionStatistics {
            fields = List.copyOf(fields);
            largest = List.copyOf(largest);
        }

        public static CollectionStatistics empty(List<FieldStatistics> fields) {
            return new CollectionStatistics(0, fields, List.of());
        }
    }

    /** Per root of one field: the max and 99th percentile of items; {@code probeKey} may be null. */
    record FieldStatistics(String field, long max, long p99, Object probeKey) {
    }

    /** One root and its item count per fan-out field. */
    record RootFanOut(Object key, Map<String, Long> items) {

        public RootFanOut {
            items = Map.copyOf(items);
        }

        public long maxItems() {
            return items.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }
}
