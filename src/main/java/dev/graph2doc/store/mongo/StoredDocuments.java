package dev.graph2doc.store.mongo;

import com.mongodb.client.model.Filters;
import dev.graph2doc.mapping.DocumentView;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The stored form of a document: {@code _id}, the mapped body, and graph2doc's internal {@code _g2d_*} fields. */
final class StoredDocuments {

    static final String VERSION = "_g2d_v";
    static final String TENANT = TenantCollection.TENANT;
    static final String DELETED = "_g2d_deleted";
    /**
     * Set on every document MongoDB alone has written (after {@code UNFORKED}): from then on it is the primary's, and
     * nothing rendered from the graph (a late repair, a copy, a verification repair) may replace it.
     */
    static final String ALONE = "_g2d_alone";
    static final Bson NOT_ALONE = Filters.ne(ALONE, true);
    /** Deleted documents stay as versioned tombstones (so a stale write cannot resurrect them) and are never read. */
    static final Bson LIVE = Filters.ne(DELETED, true);

    private StoredDocuments() {
    }

    /** The tenant field (shared layout) is stamped on by {@link TenantCollection} when the document is written. */
    static Document toStored(TenantCollection collection, DocumentView doc) {
        Document stored = collection.newDocument(doc.key());
        doc.body().forEach((field, value) -> stored.append(field, BsonValues.toBson(value)));
        stored.append(VERSION, doc.version());
        return stored;
    }

    static Document tombstone(TenantCollection collection, Object key, long version) {
        return collection.newDocument(key).append(VERSION, version).append(DELETED, true);
    }

    static DocumentView fromStored(TenantCollection collection, Document stored) {
        Map<String, Object> body = new LinkedHashMap<>();
        stored.forEach((field, value) -> {
            if (!field.equals("_id") && !field.startsWith("_g2d_")) {
                body.put(field, BsonValues.fromBson(value));
            }
        });
        Number version = stored.get(VERSION, Number.class);
        Object key = BsonValues.fromBson(collection.keyOf(stored.get("_id")));
        return new DocumentView(collection.name(), key, version == null ? 0L : version.longValue(), body);
    }
}
