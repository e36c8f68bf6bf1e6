package dev.graph2doc.read;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.mapping.UnmappableValueException;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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
    private final Side<VerificationPair> control = new Side<>("Neo4j");
    private final Side<DocumentView> candidate = new Side<>("MongoDB");
    private Object position;

    VerificationCursor(GraphStore graph, DocumentStore documents, CollectionMapping collection, String tenant,
                       Object checkpoint, int batchSize) {
        this.graph = graph;
        this.documents = documents;
        this.collection = collection;
        this.tenant = tenant;
        this.batchSize = batchSize;
        this.position = checkpoint;
        control.readTo = checkpoint;
        candidate.readTo = checkpoint;
    }

    /** The last key of the rounds returned so far: everything up to it has been paired (null: nothing yet). */
    Object position() {
        return position;
    }

    /** The next round of pairs, in key order; null when both sides are read to their end. */
    List<VerificationPair> next() {
        if (control.buffer.isEmpty() && !control.exhausted) {
            readControl();
        }
        if (candidate.buffer.isEmpty() && !candidate.exhausted) {
            readCandidate();
        }
        if (control.finished() && candidate.finished()) {
            return null;
        }
        Object bound = bound();
        List<VerificationPair> round = pair(bound);
        position = bound != null ? bound : maxReadTo();
        return round;
    }

    private void readControl() {
        RenderBatch batch = graph.renderRange(collection, tenant, control.readTo, null, batchSize);
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
        List<DocumentView> page = documents.page(tenant, collection.name(), candidate.readTo, batchSize);
        page.forEach(d -> candidate.add(d.key(), d));
        candidate.advance(page.isEmpty() ? null : page.getLast().key(), page.size() < batchSize);
    }

    /** Below the lower read position both sides are complete; an exhausted side is complete to the end. Null: no bound. */
    private Object bound() {
        if (control.exhausted) {
            return candidate.exhausted ? null : candidate.readTo;
        }
        if (candidate.exhausted) {
            return control.readTo;
        }
        return VerificationKeys.compare(control.readTo, candidate.readTo) <= 0 ? control.readTo : candidate.readTo;
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
                round.add(control.buffer.poll().value);
            } else if (order > 0) {
                round.add(VerificationPair.of(m.key(), null, candidate.buffer.poll().value));
            } else {
                VerificationPair root = control.buffer.poll().value;
                round.add(new VerificationPair(root.key(), root.control(), candidate.buffer.poll().value, root.unrenderable()));
            }
        }
    }

    private Object maxReadTo() {
        if (control.readTo == null || candidate.readTo == null) {
            return control.readTo != null ? control.readTo : candidate.readTo != null ? candidate.readTo : position;
        }
        return VerificationKeys.compare(control.readTo, candidate.readTo) >= 0 ? control.readTo : candidate.readTo;
    }

    /** One store's stream: what was read and not yet paired, how far it has read, whether it has ended. */
    private final class Side<T> {
        private final String store;
        private final Deque<Keyed<T>> buffer = new ArrayDeque<>();
        private Object readTo;
        private boolean exhausted;

        Side(String store) {
            this.store = store;
        }

        /** Refuses a key out of order: merging two streams that disagree on order would report false differences. */
        void add(Object key, T value) {
            Object previous = buffer.isEmpty() ? readTo : buffer.peekLast().key;
            if (previous != null && (!VerificationKeys.sameType(previous, key) || VerificationKeys.compare(previous, key) >= 0)) {
                throw new IllegalStateException(store + " returned key " + describe(key) + " after " + describe(previous)
                        + " in collection '" + collection.name() + "' of tenant '" + tenant + "': verification needs the "
                        + "keys of a collection to be of one type (strings, or numbers) so that both stores order them alike");
            }
            buffer.add(new Keyed<>(key, value));
        }

        void advance(Object lastKey, boolean ended) {
            if (lastKey != null) {
                readTo = lastKey;
            }
            exhausted = ended;
        }

        boolean finished() {
            return exhausted && buffer.isEmpty();
        }

        T headUpTo(Object bound) {
            Keyed<T> head = buffer.peek();
            return head == null || (bound != null && VerificationKeys.compare(head.key, bound) > 0) ? null : head.value;
        }
    }

    private record Keyed<T>(Object key, T value) {
    }

    private static String describe(Object key) {
        return key instanceof String s ? "'" + s + "'" : key + " (" + key.getClass().getSimpleName() + ")";
    }
}
