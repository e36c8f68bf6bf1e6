package dev.graph2doc.store.mongo;

import com.mongodb.client.model.Filters;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.write.StoredDocumentLookup;
import dev.graph2doc.write.Touch;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The planners' reads of MongoDB: a document by {@code _id}, and the live documents whose field shows a node. */
final class MongoStoredDocumentLookup implements StoredDocumentLookup {

    private final TenantCollections collections;
    private final Mapping mapping;

    MongoStoredDocumentLookup(TenantCollections collections, Mapping mapping) {
        this.collections = collections;
        this.mapping = mapping;
    }

    @Override
    public Stored byKey(String tenant, String collection, Object key) {
        TenantCollection documents = collections.of(tenant, collection);
        return documents.findByKey(key).map(d -> stored(documents, key, d)).orElse(Stored.absent(key));
    }

    @Override
    public List<Stored> showing(String tenant, Touch.Neighbours touch) {
        String targetKey = mapping.rootedAt(touch.node().label()).map(CollectionMapping::key).orElseThrow();
        String path = touch.embedded() ? touch.field() + "." + targetKey : touch.field();
        Bson filter = Filters.and(StoredDocuments.LIVE, Filters.eq(path, BsonValues.toBson(touch.node().key())));
        TenantCollection documents = collections.of(tenant, touch.collection().name());
        return documents.find(filter).stream()
                .map(d -> stored(documents, BsonValues.fromBson(documents.keyOf(d.get("_id"))), d)).toList();
    }

    private static Stored stored(TenantCollection collection, Object key, Document stored) {
        Number version = stored.get(StoredDocuments.VERSION, Number.class);
        boolean live = !Boolean.TRUE.equals(stored.get(StoredDocuments.DELETED));
        Map<String, Object> body = live ? StoredDocuments.fromStored(collection, stored).body() : null;
        return new Stored(key, version == null ? 0 : version.longValue(), true, body);
    }
}
