package dev.graph2doc.rehearse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every write the load generator got a 2xx for, folded into the final value each acknowledged document must hold:
 * per document its expected root fields, or that it was deleted. Each document is written by one load thread
 * only, in order, so "the last acknowledged value" is well defined.
 */
final class Ledger {

    record DocumentId(String tenant, String collection, String key) {

        @Override
        public String toString() {
            return tenant + "/" + collection + "/" + key;
        }
    }

    /** What MongoDB must hold for one document: these field values, or no live document at all. */
    record Expected(Map<String, Object> fields, boolean deleted, long acknowledgedWrites) {
    }

    private final Map<DocumentId, Expected> expected = new ConcurrentHashMap<>();

    void wrote(String tenant, String collection, String key, Map<String, Object> fields) {
        expected.merge(new DocumentId(tenant, collection, key), new Expected(new LinkedHashMap<>(fields), false, 1),
                (old, now) -> {
                    Map<String, Object> merged = new LinkedHashMap<>(old.deleted() ? Map.of() : old.fields());
                    merged.putAll(now.fields());
                    return new Expected(merged, false, old.acknowledgedWrites() + 1);
                });
    }

    void deleted(String tenant, String collection, String key) {
        expected.merge(new DocumentId(tenant, collection, key), new Expected(Map.of(), true, 1),
                (old, now) -> new Expected(Map.of(), true, old.acknowledgedWrites() + 1));
    }

    Map<DocumentId, Expected> snapshot() {
        return Map.copyOf(expected);
    }

    long acknowledgedWrites() {
        return expected.values().stream().mapToLong(Expected::acknowledgedWrites).sum();
    }
}
