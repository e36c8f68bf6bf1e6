package dev.graph2doc.write;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The planners' port over documents held in memory, one tenant: a stand-in for MongoDB in unit tests. */
final class InMemoryStoredDocuments implements StoredDocumentLookup {

    private final Mapping mapping;
    private final Map<String, Map<Object, Stored>> documents = new TreeMap<>();

    InMemoryStoredDocuments(Mapping mapping) {
        this.mapping = mapping;
    }

    InMemoryStoredDocuments put(String collection, Object key, long version, Map<String, Object> body) {
        documents.computeIfAbsent(collection, c -> new TreeMap<>()).put(key, new Stored(key, version, true, body));
        return this;
    }

    InMemoryStoredDocuments tombstone(String collection, Object key, long version) {
        return put(collection, key, version, null);
    }

    @Override
    public Stored byKey(String tenant, String collection, Object key) {
        return documents.getOrDefault(collection, Map.of()).getOrDefault(key, Stored.absent(key));
    }

    /** As MongoDB's equality on {@code field} (or {@code field.<target key>}), which matches inside arrays too. */
    @Override
    public List<Stored> showing(String tenant, Touch.Neighbours touch) {
        String targetKey = mapping.rootedAt(touch.node().label()).map(CollectionMapping::key).orElseThrow();
        List<Stored> out = new ArrayList<>();
        for (Stored stored : documents.getOrDefault(touch.collection().name(), Map.of()).values()) {
            if (stored.body() != null && shows(stored.body().get(touch.field()), touch.embedded() ? targetKey : null,
                    touch.node().key())) {
                out.add(stored);
            }
        }
        return out;
    }

    private static boolean shows(Object value, String targetKey, Object key) {
        if (value instanceof List<?> items) {
            return items.stream().anyMatch(item -> shows(item, targetKey, key));
        }
        if (targetKey != null) {
            return value instanceof Map<?, ?> embedded && Objects.equals(embedded.get(targetKey), key);
        }
        return Objects.equals(value, key);
    }
}
