package dev.graph2doc.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.graph2doc.mapping.DocumentView;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Moves one stored document from the version it was read at to a new one, compare-and-set on {@code _id} and
 * {@code _g2d_v}: a concurrent writer that got there first makes the write answer false, never overwrite.
 */
final class VersionedWrites {

    private final TenantCollections collections;

    VersionedWrites(TenantCollections collections) {
        this.collections = collections;
    }

    /** The stored form of {@code body} (null: a tombstone) at {@code version}. */
    Document stored(String tenant, String collection, Object key, long version, Map<String, Object> body) {
        return body == null ? StoredDocuments.tombstone(tenant, key, version, collections)
                : StoredDocuments.toStored(tenant, new DocumentView(collection, key, version, body), collections);
    }

    /**
     * Replaces the document stored at {@code expected} (0 and {@code absent}: no document) with {@code next}.
     * True when written, or when {@code next}'s version is already there (a journal rolled forward twice).
     */
    boolean write(String tenant, String collection, long expected, boolean absent, Document next) {
        MongoCollection<Document> target = collections.of(tenant, collection);
        Bson id = Filters.eq("_id", next.get("_id"));
        if (absent) {
            try {
                target.insertOne(next);
                return true;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                return alreadyAt(target, id, next);
            }
        }
        if (target.replaceOne(Filters.and(id, Filters.eq(StoredDocuments.VERSION, expected)), next)
                .getMatchedCount() == 1) {
            return true;
        }
        return alreadyAt(target, id, next);
    }

    private static boolean alreadyAt(MongoCollection<Document> target, Bson id, Document next) {
        Document now = target.find(id).first();
        Number version = now == null ? null : now.get(StoredDocuments.VERSION, Number.class);
        return version != null && version.longValue() == next.get(StoredDocuments.VERSION, Number.class).longValue();
    }
}
