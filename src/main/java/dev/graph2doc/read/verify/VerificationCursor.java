package dev.graph2doc.read.verify;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.mapping.UnmappableValueException;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Streams one tenant's collection from both stores in key order and pairs them up, a round at a time. Each round
 * reads a batch from a side whose buffer is empty, then pairs every key up to the lower of the two sides' read
 * positions: below it both sides are known completely. At most one batch per side is held, whatever the size.
 */
final class VerificationCursor {

    private final GraphStore graph;
    private final DocumentStore documents;
    private final CollectionMapping collection;
    private final String tenant;
    private final int batchSize;
    private final VerificationStream<VerificationPair> control;
    private final VerificationStream<DocumentView> candidate;
    private Object position;

    VerificationCursor(GraphStore graph, DocumentStore documents, CollectionMapping collection, String tenant,
                       Object checkpoint, int batchSize) {
        this.graph = graph;
        this.documents = documents;
        this.collection = collection;
        this.tenant = tenant;
        this.batchSize = batchSize;
        this.position = checkpoint;
        this.control = new VerificationStream<>("Neo4j", collection.name(), tenant, checkpoint);
        this.candidate = new VerificationStream<>("MongoDB", collection.name(), tenant, checkpoint);
    }

    /** The last key of the rounds returned so far: everything up to it has been paired (null: nothing yet). */
    Object position() {
        return position;
    }

    /** The next round of pairs, in key order; null when both sides are read to their end. */
    List<VerificationPair> next() {
        if (control.needsRead()) {
            readControl();
        }
        if (candidate.needsRead()) {
            readCandidate();
        }
        if (control.finished() && candidate.finished()) {
            return null;
        }
        Object bound = bound();
        List<VerificationPair> round = pair(bound);
        position = bound != null ? bound : higher(higher(control.readTo(), candidate.readTo()), position);
        return round;
    }

    /** The graph's roots, rendered or not: an unrenderable one is still a key the graph holds. */
    private void readControl() {
        RenderBatch batch = graph.renderRange(collection, tenant, control.readTo(), null, batchSize);
        List<VerificationPair> roots = new ArrayList<>(batch.rootsRead());
        batch.documents().forEach(d -> roots.add(VerificationPair.of(d.key(), d, null)));
        for (UnmappableValueException p : batch.problems()) {
            roots.add(new VerificationPair(p.key(), null, null, p.getMessage()));
        }
        roots.sort(Comparator.comparing(VerificationPair::key, VerificationKeys.ORDER));
        roots.forEach(r -> control.add(r.key(), r));
        control.advance(batch.lastKey(), batch.rootsRead() < batchSize);
    }

    private void readCandidate() {
        List<DocumentView> page = documents.page(tenant, collection.name(), candidate.readTo(), batchSize);
        page.forEach(d -> candidate.add(d.key(), d));
        candidate.advance(page.isEmpty() ? null : page.getLast().key(), page.size() < batchSize);
    }

    /** Below the lower read position both sides are complete; an exhausted side is complete to the end. Null: no bound. */
    private Object bound() {
        if (control.exhausted()) {
            return candidate.exhausted() ? null : candidate.readTo();
        }
        if (candidate.exhausted()) {
            return control.readTo();
        }
        return VerificationKeys.compare(control.readTo(), candidate.readTo()) <= 0 ? control.readTo() : candidate.readTo();
    }

    private List<VerificationPair> pair(Object bound) {
        List<VerificationPair> round = new ArrayList<>();
        while (true) {
            VerificationPair g = control.headUpTo(bound);
            DocumentView m = candidate.headUpTo(bound);
            if (g == null && m == null) {
                return round;
            }
            int order = g == null ? 1 : m == null ? -1 : VerificationKeys.compare(g.key(), m.key());
            if (order < 0) {
                round.add(control.poll());
            } else if (order > 0) {
                round.add(VerificationPair.of(m.key(), null, candidate.poll()));
            } else {
                VerificationPair root = control.poll();
                round.add(new VerificationPair(root.key(), root.control(), candidate.poll(), root.unrenderable()));
            }
        }
    }

    private static Object higher(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return VerificationKeys.compare(a, b) >= 0 ? a : b;
    }
}
