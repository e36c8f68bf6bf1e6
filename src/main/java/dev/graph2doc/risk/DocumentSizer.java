package dev.graph2doc.risk;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.risk.CollectionFacts.LargestDocument;
import dev.graph2doc.store.DocumentSizes;
import dev.graph2doc.store.GraphStatistics.CollectionStatistics;
import dev.graph2doc.store.GraphStatistics.FieldStatistics;
import dev.graph2doc.store.GraphStatistics.RootFanOut;
import dev.graph2doc.store.GraphStore;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a collection's largest document in one tenant: renders the largest roots (by item count) with the
 * one renderer copy uses and measures them. A root with an array over the render cap is not rendered —
 * millions of neighbours would take minutes and gigabytes — but estimated: the largest non-array part
 * seen plus, per field, its item count times the largest average item size seen in rendered documents.
 */
final class DocumentSizer {

    /** An item size to assume when no rendered document holds an item of the field: a small sub-document. */
    static final long FLOOR_ITEM_BYTES = 16;
    /** An array's own bytes: its length and terminating NUL. */
    private static final long ARRAY_OVERHEAD = 5;

    private final GraphStore graph;
    private final DocumentSizes sizes;
    private final long renderCap;

    DocumentSizer(GraphStore graph, DocumentSizes sizes, long renderCap) {
        this.graph = graph;
        this.sizes = sizes;
        this.renderCap = renderCap;
    }

    /** The largest document among the sampled roots, or null when the tenant has no roots. */
    LargestDocument largest(CollectionMapping collection, String tenant, CollectionStatistics stats) {
        Set<Object> keys = new LinkedHashSet<>();
        stats.largest().stream().filter(r -> r.maxItems() <= renderCap).forEach(r -> keys.add(r.key()));
        stats.fields().stream().map(FieldStatistics::probeKey).filter(k -> k != null).forEach(keys::add);
        List<DocumentView> rendered = keys.isEmpty() ? List.of() : graph.renderKeys(collection, tenant, keys).documents();
        Measured measured = measure(rendered, stats.fields(), tenant);
        LargestDocument largest = measured.largest();
        for (RootFanOut root : stats.largest()) {
            if (root.maxItems() > renderCap) {
                largest = larger(largest, new LargestDocument(tenant, root.key(), measured.estimate(root), true));
            }
        }
        return largest;
    }

    private Measured measure(List<DocumentView> rendered, List<FieldStatistics> fields, String tenant) {
        Measured measured = new Measured();
        for (DocumentView doc : rendered) {
            long total = sizes.documentBytes(doc);
            long arrays = 0;
            for (FieldStatistics field : fields) {
                if (doc.body().get(field.field()) instanceof List<?> items && !items.isEmpty()) {
                    long bytes = sizes.valueBytes(items);
                    arrays += bytes;
                    long perItem = (bytes - ARRAY_OVERHEAD + items.size() - 1) / items.size();
                    measured.itemBytes.merge(field.field(), perItem, Math::max);
                }
            }
            measured.baseBytes = Math.max(measured.baseBytes, total - arrays);
            measured.largest = larger(measured.largest, new LargestDocument(tenant, doc.key(), total, false));
        }
        return measured;
    }

    private static LargestDocument larger(LargestDocument a, LargestDocument b) {
        return a == null || b.bytes() > a.bytes() ? b : a;
    }

    /** What the rendered documents taught: the largest of them, the largest non-array part, item sizes per field. */
    private static final class Measured {
        private final Map<String, Long> itemBytes = new HashMap<>();
        private long baseBytes;
        private LargestDocument largest;

        LargestDocument largest() {
            return largest;
        }

        long estimate(RootFanOut root) {
            long bytes = baseBytes;
            for (Map.Entry<String, Long> field : root.items().entrySet()) {
                bytes += ARRAY_OVERHEAD + field.getValue() * itemBytes.getOrDefault(field.getKey(), FLOOR_ITEM_BYTES);
            }
            return bytes;
        }
    }
}
