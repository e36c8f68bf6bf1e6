package dev.graph2doc.rehearse;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every write the load generator got a 2xx for, folded into the final value each acknowledged document must hold:
 * per document its expected root fields and, per relationship field, which neighbours it must (or must no longer)
 * show; or that it was deleted. Each (document, field) and (document, field, neighbour) is written by one load thread
 * only, in order, so "the last acknowledged value" is well defined.
 *
 * <p>A write whose answer was an error that does not rule out its effect (a 5xx, no answer) has an unknown outcome,
 * as in Jepsen's histories: it may have been applied (a fenced instance refuses to acknowledge a write it already
 * ran). After one, a document may hold its last acknowledged value or that value with the unknown write applied;
 * both are {@link #possible(DocumentId) possible}, and a later acknowledged write is folded into each.
 */
final class Ledger {

    record DocumentId(String tenant, String collection, Object key) {

        @Override
        public String toString() {
            return tenant + "/" + collection + "/" + key;
        }
    }

    /**
     * What MongoDB must hold for one document: these field values, and in each relationship field ({@code members})
     * these neighbour keys present (true) or absent (false); or no live document at all.
     */
    record Expected(Map<String, Object> fields, Map<String, Map<Object, Boolean>> members, boolean deleted,
                    long acknowledgedWrites, String lastAcknowledgedBy) {

        Expected(Map<String, Object> fields, boolean deleted, long acknowledgedWrites) {
            this(fields, Map.of(), deleted, acknowledgedWrites, SOURCE.get());
        }

        private Expected merge(Expected now) {
            if (now.deleted) {
                return new Expected(Map.of(), Map.of(), true, acknowledgedWrites + 1, now.lastAcknowledgedBy);
            }
            Map<String, Object> fields = new LinkedHashMap<>(deleted ? Map.of() : this.fields);
            fields.putAll(now.fields);
            Map<String, Map<Object, Boolean>> members = new LinkedHashMap<>(deleted ? Map.of() : this.members);
            now.members.forEach((field, shown) -> members.merge(field, shown, (a, b) -> {
                Map<Object, Boolean> both = new LinkedHashMap<>(a);
                both.putAll(b);
                return both;
            }));
            return new Expected(fields, members, false, acknowledgedWrites + 1, now.lastAcknowledgedBy);
        }
    }

    /** Who acknowledged the writes the current thread is folding in (for the end check's examples); null: unknown. */
    private static final ThreadLocal<String> SOURCE = new ThreadLocal<>();

    /** Alternatives are kept per document up to this many (each unknown write at most doubles them). */
    private static final int MAX_ALTERNATIVES = 16;
    private static final ThreadLocal<Boolean> UNKNOWN = ThreadLocal.withInitial(() -> false);

    private final Map<DocumentId, Expected> expected = new ConcurrentHashMap<>();
    private final Map<DocumentId, List<Expected>> alternatives = new ConcurrentHashMap<>();
    private final AtomicLong unknownWrites = new AtomicLong();

    void wrote(String tenant, String collection, Object key, Map<String, Object> fields) {
        record(new DocumentId(tenant, collection, key), new Expected(new LinkedHashMap<>(fields), false, 1));
    }

    /** The document's relationship {@code field} shows (or, {@code present} false, no longer shows) {@code neighbour}. */
    void shows(String tenant, String collection, Object key, String field, Object neighbour, boolean present) {
        Map<Object, Boolean> shown = new LinkedHashMap<>();
        shown.put(neighbour, present);
        record(new DocumentId(tenant, collection, key), new Expected(Map.of(), Map.of(field, shown), false, 1, SOURCE.get()));
    }

    void deleted(String tenant, String collection, Object key) {
        record(new DocumentId(tenant, collection, key), new Expected(Map.of(), true, 1));
    }

    /** Runs {@code acknowledge} (which calls this ledger) noting that these writes were acknowledged by {@code source}. */
    void acknowledgedBy(String source, Runnable acknowledge) {
        SOURCE.set(source);
        try {
            acknowledge.run();
        } finally {
            SOURCE.remove();
        }
    }

    /**
     * Runs {@code write} (which calls this ledger, as for an acknowledgement) for a write whose outcome is unknown:
     * its values become possible, not required, for documents already in the ledger.
     */
    void outcomeUnknown(Runnable write) {
        unknownWrites.incrementAndGet();
        UNKNOWN.set(true);
        try {
            write.run();
        } finally {
            UNKNOWN.remove();
        }
    }

    private void record(DocumentId id, Expected now) {
        if (UNKNOWN.get()) {
            Expected acknowledged = expected.get(id);
            if (acknowledged != null) {
                alternatives.compute(id, (k, known) -> withUnknown(known == null ? List.of() : known, acknowledged, now));
            }
            return;
        }
        alternatives.computeIfPresent(id, (k, known) -> known.stream().map(a -> a.merge(now)).distinct().toList());
        expected.merge(id, now, Expected::merge);
    }

    private static List<Expected> withUnknown(List<Expected> known, Expected acknowledged, Expected unknown) {
        Set<Expected> all = new LinkedHashSet<>(known);
        all.add(acknowledged.merge(unknown));
        known.forEach(a -> all.add(a.merge(unknown)));
        return all.stream().limit(MAX_ALTERNATIVES).toList();
    }

    /** What else a document may hold besides its last acknowledged value, after writes with an unknown outcome. */
    List<Expected> possible(DocumentId id) {
        return alternatives.getOrDefault(id, List.of());
    }

    long unknownWrites() {
        return unknownWrites.get();
    }

    Map<DocumentId, Expected> snapshot() {
        return Map.copyOf(expected);
    }

    long acknowledgedWrites() {
        return expected.values().stream().mapToLong(Expected::acknowledgedWrites).sum();
    }
}
