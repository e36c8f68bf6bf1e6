package dev.graph2doc.store.mongo;

import com.mongodb.client.MongoClient;
import dev.graph2doc.mapping.Target;

/** Opens a tenant's collections where the mapping's target layout puts them ({@link TenantCollection}). */
final class TenantCollections {

    private final MongoClient client;
    private final Target target;

    TenantCollections(MongoClient client, Target target) {
        this.client = client;
        this.target = target;
    }

    TenantCollection of(String tenant, String collection) {
        return TenantCollection.open(client, target, tenant, collection);
    }
}
