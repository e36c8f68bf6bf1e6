package dev.graph2doc.store.mongo;

import com.mongodb.client.model.Filters;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.write.DocumentPatcher;
import dev.graph2doc.write.NodeRef;
import dev.graph2doc.write.Touch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The documents one batch reads and changes, held in memory while the batch is planned: each with the version
 * stored when it was first read (tombstones included), so that the writes can be compare-and-set against it.
 */
final class WorkingSet {

    /** One document: as stored ({@code storedVersion}, 0 when absent) and as the batch has made it so far. */
    static final class Slot {
        final String collection;
        final Object key;
        final long storedVersion;
        final boolean stored;
        Map<String, Object> body;
        boolean touched;

        Slot(String collection, Object key, long storedVersion, boolean stored, Map<String, Object> body) {
            this.collection = collection;
            this.key = key;
            this.storedVersion = storedVersion;
            this.stored = stored;
            this.body = body;
        }
    }

    private record Id(String collection, Object key) {
    }

    private final TenantCollections collections;
    private final Mapping mapping;
    private final String tenant;
    private final Map<Id, Slot> slots = new LinkedHashMap<>();

    WorkingSet(TenantCollections collections, Mapping mapping, String tenant) {
        this.collections = collections;
        this.mapping = mapping;
        this.tenant = tenant;
    }

    Slot slot(String collection, Object key) {
        TenantCollection documents = collections.of(tenant, collection);
        return slots.computeIfAbsent(new Id(collection, key), id -> read(documents, key,
                documents.findByKey(key).orElse(null)));
    }

    /** The current body of {@code node}'s root document, as the batch has left it so far. */
    Optional<Map<String, Object>> root(NodeRef node) {
        return mapping.rootedAt(node.label()).flatMap(c -> Optional.ofNullable(slot(c.name(), node.key()).body));
    }

    /** The documents whose field shows {@code touch.node()}: found in MongoDB, or made so earlier in the batch. */
    List<Slot> showing(Touch.Neighbours touch, DocumentPatcher patcher) {
        String targetKey = mapping.rootedAt(touch.node().label()).map(CollectionMapping::key).orElseThrow();
        String path = touch.embedded() ? touch.field() + "." + targetKey : touch.field();
        Bson filter = Filters.and(StoredDocuments.LIVE, Filters.eq(path, BsonValues.toBson(touch.node().key())));
        String name = touch.collection().name();
        TenantCollection documents = collections.of(tenant, name);
        for (Document stored : documents.find(filter)) {
            Object key = BsonValues.fromBson(documents.keyOf(stored.get("_id")));
            slots.computeIfAbsent(new Id(name, key), id -> read(documents, key, stored));
        }
        List<Slot> out = new ArrayList<>();
        slots.values().forEach(s -> {
            if (s.collection.equals(name) && patcher.shows(touch, s.body)) {
                out.add(s);
            }
        });
        return out;
    }

    List<Slot> touched() {
        return slots.values().stream().filter(s -> s.touched).toList();
    }

    private Slot read(TenantCollection collection, Object key, Document stored) {
        if (stored == null) {
            return new Slot(collection.name(), key, 0, false, null);
        }
        Number version = stored.get(StoredDocuments.VERSION, Number.class);
        long v = version == null ? 0 : version.longValue();
        boolean live = !Boolean.TRUE.equals(stored.get(StoredDocuments.DELETED));
        Map<String, Object> body = live ? StoredDocuments.fromStored(collection, stored).body() : null;
        return new Slot(collection.name(), key, v, true, body);
    }
}
