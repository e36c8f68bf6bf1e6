package dev.graph2doc.store.mongo;

import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.mapping.Target;
import dev.graph2doc.mapping.TenantName;
import dev.graph2doc.store.CallBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One collection of one tenant, and the only handle graph2doc's adapters have on tenant data: the tenant is bound
 * at {@link #open}, and every operation adds it itself. Database per tenant: the handle lives in the tenant's own
 * database, so no filter can reach another tenant. Shared layout: every {@code _id} is {@code {t: tenant, k: key}},
 * every written document carries the tenant (a document whose {@code _id} names another tenant is refused), every
 * filter a caller gives is ANDed with the tenant, and every index starts with it. Keys are document keys (converted
 * by {@link BsonValues#toBson}); filters and guards are about the body and graph2doc's {@code _g2d_*} fields only.
 * The driver's collection never leaves this class.
 */
final class TenantCollection {

    static final String TENANT = "_g2d_tenant";
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    /** A replacement of the stored document with {@code next}'s {@code _id}, when that one also matches {@code guard}. */
    record Replacement(Document next, Bson guard) {
    }

    private final String tenant;
    private final String name;
    private final boolean shared;
    private final MongoCollection<Document> collection;

    private TenantCollection(String tenant, String name, boolean shared, MongoCollection<Document> collection) {
        this.tenant = tenant;
        this.name = name;
        this.shared = shared;
        this.collection = collection;
    }

    /** The only way to a tenant's documents; refuses a tenant that cannot name a MongoDB database. */
    static TenantCollection open(MongoClient client, Target target, String tenant, String collection) {
        if (!TenantName.valid(tenant)) {
            throw new IllegalArgumentException("Tenant '" + tenant + "' cannot name a MongoDB database: use "
                    + TenantName.RULE);
        }
        boolean shared = target.layout() == Layout.SHARED;
        return new TenantCollection(tenant, collection, shared,
                client.getDatabase(target.databaseFor(tenant)).getCollection(collection));
    }

    String tenant() {
        return tenant;
    }

    String name() {
        return name;
    }

    /** A new document for {@code key}: its {@code _id} (with the tenant in the shared layout), nothing else yet. */
    Document newDocument(Object key) {
        return new Document("_id", storedId(key));
    }

    /** The document key behind a stored {@code _id}. */
    Object keyOf(Object storedId) {
        return storedId instanceof Document id && shared ? id.get("k") : storedId;
    }

    Optional<Document> findByKey(Object key) {
        return Optional.ofNullable(collection().find(byKey(key)).first());
    }

    /** The document of {@code key} when it also matches {@code filter}. */
    Optional<Document> findByKey(Object key, Bson filter) {
        return Optional.ofNullable(collection().find(Filters.and(byKey(key), filter)).first());
    }

    /** Every document of this tenant matching {@code filter}, in no particular order. */
    List<Document> find(Bson filter) {
        return collection().find(scoped(filter)).into(new ArrayList<>());
    }

    /** Up to {@code limit} documents matching {@code filter} in key order, after {@code afterKey} (null: from the start). */
    List<Document> page(Bson filter, Object afterKey, int limit) {
        Bson range = afterKey == null ? filter : Filters.and(filter, Filters.gt("_id", storedId(afterKey)));
        return collection().find(scoped(range)).sort(new Document("_id", 1)).limit(limit).into(new ArrayList<>(limit));
    }

    /**
     * The documents of these keys, with only {@code fields} (and {@code _id}): a filter on exactly {@code _id}, so
     * that every server (mongo-java-server too) answers it from the {@code _id} index.
     */
    List<Document> findByKeys(List<Object> keys, List<String> fields) {
        List<Object> ids = keys.stream().map(this::storedId).toList();
        return collection().find(Filters.in("_id", ids)).projection(Projections.include(fields))
                .into(new ArrayList<>(keys.size()));
    }

    long count(Bson filter) {
        return collection().countDocuments(scoped(filter));
    }

    void insert(Document document) {
        collection().insertOne(owned(document));
    }

    /** Unordered: a duplicate key fails that document alone (the driver's bulk exception names which). */
    void insertAll(List<Document> documents) {
        documents.forEach(this::owned);
        collection().insertMany(documents, new InsertManyOptions().ordered(false));
    }

    /** Replaces the document with {@code next}'s {@code _id} if it matches {@code guard}; true when one matched. */
    boolean replace(Document next, Bson guard, boolean upsert) {
        return collection().replaceOne(Filters.and(idOf(owned(next)), guard), next, new ReplaceOptions().upsert(upsert))
                .getMatchedCount() == 1;
    }

    /** Upserts, unordered: a guard that fails on an existing document shows as a duplicate key of that position. */
    void replaceAll(List<Replacement> replacements) {
        List<WriteModel<Document>> writes = new ArrayList<>(replacements.size());
        for (Replacement r : replacements) {
            writes.add(new ReplaceOneModel<>(Filters.and(idOf(owned(r.next())), r.guard()), r.next(),
                    new ReplaceOptions().upsert(true)));
        }
        collection().bulkWrite(writes, UNORDERED);
    }

    /** Applies {@code update} to the document of {@code key} if it matches {@code guard}; true when one matched. */
    boolean update(Object key, Bson guard, Bson update) {
        return collection().updateOne(Filters.and(byKey(key), guard), update).getMatchedCount() == 1;
    }

    boolean delete(Object key, Bson guard) {
        return collection().deleteOne(Filters.and(byKey(key), guard)).getDeletedCount() > 0;
    }

    boolean delete(Object key) {
        return collection().deleteOne(byKey(key)).getDeletedCount() > 0;
    }

    /** An index on {@code keys}, led by the tenant in the shared layout so that no index scan crosses tenants. */
    void createIndex(Document keys, IndexOptions options) {
        Document led = shared ? new Document(TENANT, 1) : new Document();
        led.putAll(keys);
        collection().createIndex(led, options);
    }

    /** The driver's collection, cut to what is left of this thread's {@link CallBudget} (client-side operation timeout). */
    private MongoCollection<Document> collection() {
        Optional<Duration> left = CallBudget.remaining();
        if (left.isEmpty()) {
            return collection;
        }
        if (left.get().toMillis() <= 0) {
            throw new MongoOperationTimeoutException("The time budget for MongoDB calls was spent before a call on "
                    + "collection '" + name + "' of tenant '" + tenant + "'; the call was not made");
        }
        return collection.withTimeout(left.get().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Exactly {@code {_id: …}}: the only filter mongo-java-server serves from its index. The id holds the tenant. */
    private Bson byKey(Object key) {
        return Filters.eq("_id", storedId(key));
    }

    private Object storedId(Object key) {
        Object bson = BsonValues.toBson(key);
        return shared ? new Document("t", tenant).append("k", bson) : bson;
    }

    private Bson scoped(Bson filter) {
        return shared ? Filters.and(Filters.eq(TENANT, tenant), filter) : filter;
    }

    private static Bson idOf(Document document) {
        return Filters.eq("_id", document.get("_id"));
    }

    /** The document, stamped with the tenant in the shared layout; refused when its {@code _id} is another tenant's. */
    private Document owned(Document document) {
        if (!shared) {
            return document;
        }
        if (!(document.get("_id") instanceof Document id) || !tenant.equals(id.get("t")) || id.size() != 2
                || !id.containsKey("k")) {
            throw new IllegalArgumentException("Document _id " + document.get("_id") + " is not a key of tenant '"
                    + tenant + "' in " + name + ": build documents with newDocument(key)");
        }
        document.put(TENANT, tenant);
        return document;
    }
}
