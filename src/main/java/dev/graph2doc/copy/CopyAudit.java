package dev.graph2doc.copy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.KeyOrder;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proves a copy complete instead of assuming it. A partition is done only when it accounts for every root its range
 * holds; a collection is complete only when its ranges together hold every root the graph has — or, when they do not
 * (keys of mixed types, which no range predicate sees whole), when every root looked up by key is in MongoDB or named
 * as a finding. A root found missing is copied by key once more (a root created behind the copy's cursor, say); only
 * what is still missing then counts against the copy.
 */
final class CopyAudit {

    static final int BATCH = 1000;
    /** More findings than this in one collection are not subtracted from the missing; they are reported anyway. */
    private static final int FINDING_KEYS = 100_000;

    private final GraphStore graph;
    private final DocumentStore documents;
    private final CopyStateStore state;
    private final ChunkWriter writer;
    private final Clock clock;

    CopyAudit(GraphStore graph, DocumentStore documents, CopyStateStore state, ChunkWriter writer, Clock clock) {
        this.graph = graph;
        this.documents = documents;
        this.state = state;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * The roots of the partition's range still missing from MongoDB, given that its chunks accounted for
     * {@code accounted} roots. A range holding no more roots than that needs no lookup (deletions since only lower it).
     */
    Missing partition(CollectionMapping collection, CopyPartition p, long accounted) {
        if (graph.countRange(collection, p.tenant(), p.after(), p.upTo()) <= accounted) {
            return Missing.NONE;
        }
        return missingAfterFill(collection, p.tenant(), p.after(), p.upTo());
    }

    /**
     * Once every partition is done. Each one proved its range; what no range can see (a key whose type differs from
     * the range's bounds) shows as fewer roots in the ranges than in the collection, counted without any bound. Then,
     * and only then, every root of the collection is looked up in MongoDB by key.
     */
    CopyVerdict collection(CollectionMapping collection, CopyPlan plan) {
        String tenant = plan.tenant();
        long roots = graph.countRoots(collection, tenant);
        long inRanges = plan.partitions().stream()
                .mapToLong(p -> graph.countRange(collection, tenant, p.after(), p.upTo())).sum();
        if (inRanges >= roots) {
            return new CopyVerdict(tenant, collection.name(), clock.instant(), roots, 0, List.of());
        }
        Missing missing = missingAfterFill(collection, tenant, null, null);
        return new CopyVerdict(tenant, collection.name(), clock.instant(), missing.scanned(), missing.count(),
                missing.examples());
    }

    private Missing missingAfterFill(CollectionMapping collection, String tenant, Object after, Object upTo) {
        Set<Object> findings = findingKeys(tenant, collection.name());
        Tally tally = new Tally();
        graph.scanKeys(collection, tenant, after, upTo, BATCH, keys -> {
            tally.scanned += keys.size();
            List<Object> absent = without(documents.absentKeys(tenant, collection.name(), keys), findings);
            if (!absent.isEmpty()) {
                tally.add(stillAbsent(collection, tenant, absent));
            }
        });
        return new Missing(tally.scanned, tally.count, List.copyOf(tally.examples));
    }

    /** Copies the absent roots by key; returns those the graph still holds that MongoDB still lacks. */
    private List<Object> stillAbsent(CollectionMapping collection, String tenant, List<Object> absent) {
        RenderBatch rendered = graph.renderKeysLocked(collection, tenant, absent);
        ChunkWriter.Written written = writer.write(tenant, collection.name(), rendered);
        List<Object> present = rendered.documents().stream().map(DocumentView::key).toList();
        Set<Object> found = new TreeSet<>(KeyOrder.KEYS);
        found.addAll(written.findingKeys());
        return without(documents.absentKeys(tenant, collection.name(), present), found);
    }

    private Set<Object> findingKeys(String tenant, String collection) {
        Set<Object> keys = new TreeSet<>(KeyOrder.KEYS);
        state.findings(tenant, collection, FINDING_KEYS).forEach(f -> keys.add(f.key()));
        return keys;
    }

    private static List<Object> without(List<Object> keys, Set<Object> excluded) {
        return keys.stream().filter(k -> !excluded.contains(k)).toList();
    }

    /** What a check found: roots looked up, how many are missing, and up to {@link CopyVerdict#EXAMPLES} of their keys. */
    record Missing(long scanned, long count, List<Object> examples) {
        static final Missing NONE = new Missing(0, 0, List.of());
    }

    private static final class Tally {
        long scanned;
        long count;
        final List<Object> examples = new ArrayList<>();

        void add(List<Object> missing) {
            count += missing.size();
            missing.stream().limit(Math.max(0, CopyVerdict.EXAMPLES - examples.size())).forEach(examples::add);
        }
    }
}
