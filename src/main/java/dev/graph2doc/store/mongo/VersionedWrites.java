package dev.graph2doc.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import dev.graph2doc.mapping.DocumentView;
import java.util.Map;
import org.bson.Document;

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
        TenantCollection target = collections.of(tenant, collection);
        return body == null ? StoredDocuments.tombstone(target, key, version)
                : StoredDocuments.toStored(target, new DocumentView(collection, key, version, body));
    }

    /**
     * Replaces the document stored at {@code expected} (0 and {@code absent}: no document) with {@code next}.
     * True when written, or when {@code next}'s version is already there (a journal rolled forward twice).
     */
    boolean write(String tenant, String collection, long expected, boolean absent, Document next) {
        TenantCollection target = collections.of(tenant, collection);
        if (absent) {
            try {
                target.insert(next);
                return true;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                return alreadyAt(target, next);
            }
        }
        if (target.replace(next, Filters.eq(StoredDocuments.VERSION, expected), false)) {
            return true;
        }
        return alreadyAt(target, next);
    }

    private static boolean alreadyAt(TenantCollection target, Document next) {
        Document now = target.findByKey(target.keyOf(next.get("_id"))).orElse(null);
        Number version = now == null ? null : now.get(StoredDocuments.VERSION, Number.class);
        return version != null && version.longValue() == next.get(StoredDocuments.VERSION, Number.class).longValue();
    }
}
