package dev.graph2doc.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.mapping.Target;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Where a tenant's documents live and how to address only them. Database per tenant: the tenant's own
 * database, so no filter can reach another tenant. Shared: one database, the tenant inside every {@code _id}
 * and on every document, and in every filter and index built here.
 */
final class TenantCollections {

    private static final Pattern DATABASE_SAFE = Pattern.compile("[A-Za-z0-9_-]{1,48}");

    private final MongoClient client;
    private final Target target;

    TenantCollections(MongoClient client, Target target) {
        this.client = client;
        this.target = target;
    }

    MongoCollection<Document> of(String tenant, String collection) {
        if (!DATABASE_SAFE.matcher(tenant).matches()) {
            throw new IllegalArgumentException("Tenant '" + tenant + "' cannot name a MongoDB database: use 1 to 48 "
                    + "letters, digits, '_' or '-'");
        }
        return client.getDatabase(target.databaseFor(tenant)).getCollection(collection);
    }

    boolean shared() {
        return target.layout() == Layout.SHARED;
    }

    Object storedId(String tenant, Object key) {
        return shared() ? new Document("t", tenant).append("k", key) : key;
    }

    Bson idFilter(String tenant, Object key) {
        return Filters.eq("_id", storedId(tenant, key));
    }

    Bson idAfter(String tenant, Object key) {
        return Filters.gt("_id", storedId(tenant, key));
    }

    Bson tenantFilter(String tenant) {
        return shared() ? Filters.eq(StoredDocuments.TENANT, tenant) : new Document();
    }

    /** Index keys start with the tenant in the shared layout, so no index scan crosses tenants. */
    Document tenantLeading() {
        return shared() ? new Document(StoredDocuments.TENANT, 1) : new Document();
    }

    Object keyOf(Object storedId) {
        return storedId instanceof Document id && shared() ? id.get("k") : storedId;
    }
}
