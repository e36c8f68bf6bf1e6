package dev.graph2doc.store.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
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
        Object key = BsonValues.toBson(document.key());
        try {
            collections.of(tenant, document.collection()).replaceOne(notNewer(tenant, key, document.version()),
                    StoredDocuments.toStored(tenant, document, collections), new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    boolean removeUnlessNewer(String tenant, String collection, Object key, long version) {
        return collections.of(tenant, collection)
                .deleteOne(notNewer(tenant, BsonValues.toBson(key), version)).getDeletedCount() > 0;
    }

    private Bson notNewer(String tenant, Object key, long version) {
        return Filters.and(collections.idFilter(tenant, key), Filters.or(
                Filters.lte(StoredDocuments.VERSION, version), Filters.exists(StoredDocuments.VERSION, false)));
    }
}
