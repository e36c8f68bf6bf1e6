package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which documents the corruption fault rewrites on a mapped graph: a field it can corrupt is a scalar root field that
 * is not the key (nor the tenant property, a relationship field or graph2doc's own: {@link GraphSample} leaves those
 * out) held by at least {@link #MIN_HOLDERS} sampled documents of one collection. The field held by the most sampled
 * documents wins (ties: the earlier collection in the mapping, then the field name); every fourth document holding it
 * (at most {@link #MAX_DOCUMENTS}) gets -1 (a number field) or a marker text — values no write of the load produces.
 */
final class CorruptionTarget {

    static final int MIN_HOLDERS = 10;
    static final int MAX_DOCUMENTS = 50;
    static final String NONE = "no corruptible field in the mapping (a non-key scalar field held by at least "
            + MIN_HOLDERS + " sampled documents of one collection)";
    static final String MARKER = "corrupted by the rehearsal";

    private CorruptionTarget() {
    }

    /** The corruption for the tenant, or empty when no collection has a field it can corrupt. */
    static Optional<Workload.Corruption> choose(Mapping mapping, GraphSample sample, String tenant) {
        String bestCollection = null;
        String bestField = null;
        long bestHolders = MIN_HOLDERS - 1L;
        for (CollectionMapping c : mapping.collections()) {
            for (Map.Entry<String, Long> e : holders(sample.of(tenant, c.name())).entrySet()) {
                if (e.getValue() > bestHolders) {
                    bestCollection = c.name();
                    bestField = e.getKey();
                    bestHolders = e.getValue();
                }
            }
        }
        return bestField == null ? Optional.empty()
                : Optional.of(corruption(bestCollection, bestField, sample.of(tenant, bestCollection)));
    }

    /** Per field (in name order), how many sampled documents hold a value of it. */
    private static Map<String, Long> holders(List<GraphSample.Seeded> seeded) {
        Map<String, Long> holders = new TreeMap<>();
        for (GraphSample.Seeded s : seeded) {
            s.scalars().forEach((field, value) -> {
                if (value != null) {
                    holders.merge(field, 1L, Long::sum);
                }
            });
        }
        return holders;
    }

    private static Workload.Corruption corruption(String collection, String field, List<GraphSample.Seeded> seeded) {
        List<GraphSample.Seeded> holding = seeded.stream().filter(s -> s.scalars().get(field) != null).toList();
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < holding.size() && keys.size() < MAX_DOCUMENTS; i += 4) {
            keys.add(holding.get(i).key());
        }
        Object value = holding.get(0).scalars().get(field) instanceof Number ? (Object) (-1L) : MARKER;
        return new Workload.Corruption(collection, field, value, keys);
    }
}
