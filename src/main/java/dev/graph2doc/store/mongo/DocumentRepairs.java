package dev.graph2doc.store.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import dev.graph2doc.mapping.DocumentView;
import org.bson.conversions.Bson;

/**
 * Repairs found by verification: unlike the copy's version guard ({@code <}), these overwrite a document of the
 * same version too ({@code <=}), because a corrupted document carries the version of the good one.
 */
final class DocumentRepairs {

    private static final int DUPLICATE_KEY = 11000;

    private final TenantCollections collections;

    DocumentRepairs(TenantCollections collections) {
        this.collections = collections;
    }

    boolean replaceUnlessNewer(String tenant, DocumentView document) {
        TenantCollection target = collections.of(tenant, document.collection());
        try {
            target.replace(StoredDocuments.toStored(target, document), notNewer(document.version()), true);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    boolean removeUnlessNewer(String tenant, String collection, Object key, long version) {
        return collections.of(tenant, collection).delete(key, notNewer(version));
    }

    private static Bson notNewer(long version) {
        return Filters.and(Filters.or(Filters.lte(StoredDocuments.VERSION, version),
                Filters.exists(StoredDocuments.VERSION, false)), StoredDocuments.NOT_ALONE);
    }
}
