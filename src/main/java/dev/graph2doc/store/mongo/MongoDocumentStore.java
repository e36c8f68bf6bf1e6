package dev.graph2doc.store.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.CollectionIndexes;
import dev.graph2doc.mapping.IndexSpec;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.FieldFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** MongoDB through one mapping; every operation goes through the tenant's {@link TenantCollection}. */
public final class MongoDocumentStore implements DocumentStore {

    private static final int DUPLICATE_KEY = 11000;

    private final TenantCollections collections;

    private final Mapping mapping;
    private final DocumentRepairs repairs;

    public MongoDocumentStore(MongoClient client, Mapping mapping) {
        this.collections = new TenantCollections(client, mapping.target());
        this.mapping = mapping;
        this.repairs = new DocumentRepairs(collections);
    }

    /** Creates exactly {@link CollectionIndexes#of}: the declared indexes and graph2doc's own (speed only). */
    @Override
    public void prepare(String tenant, CollectionMapping collection) {
        TenantCollection target = collections.of(tenant, collection.name());
        for (IndexSpec index : CollectionIndexes.of(mapping, collection)) {
            Document keys = new Document();
            index.paths().forEach(path -> keys.append(path, 1));
            target.createIndex(keys, new IndexOptions().unique(index.unique()));
        }
    }

    /**
     * Inserts the chunk first (an {@code _id} index check each), then sends the version-guarded replace only for
     * the documents that already exist. On a first copy almost none do; and a guard beside {@code _id} makes
     * mongo-java-server scan the whole collection (its index only serves filters on exactly {@code _id}).
     */
    @Override
    public UpsertSummary upsertIfNewer(String tenant, String collection, List<DocumentView> documents) {
        if (documents.isEmpty()) {
            return new UpsertSummary(0, 0);
        }
        TenantCollection target = collections.of(tenant, collection);
        List<Document> stored = documents.stream().map(d -> StoredDocuments.toStored(target, d)).toList();
        List<Integer> existing = insertAbsent(target, stored);
        if (existing.isEmpty()) {
            return new UpsertSummary(documents.size(), 0);
        }
        int kept = replaceOlder(target, existing.stream().map(documents::get).toList(),
                existing.stream().map(stored::get).toList());
        return new UpsertSummary(documents.size() - kept, kept);
    }

    /** Positions of the documents that were not inserted because one with their {@code _id} exists. */
    private static List<Integer> insertAbsent(TenantCollection target, List<Document> stored) {
        try {
            target.insertAll(stored);
            return List.of();
        } catch (MongoBulkWriteException e) {
            return duplicateKeyPositions(e);
        }
    }

    /** Replaces each stored document that is older (or unversioned); returns how many were kept as newer. */
    private static int replaceOlder(TenantCollection target, List<DocumentView> documents, List<Document> stored) {
        List<TenantCollection.Replacement> writes = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            writes.add(new TenantCollection.Replacement(stored.get(i), olderOrAbsent(documents.get(i).version())));
        }
        try {
            target.replaceAll(writes);
            return 0;
        } catch (MongoBulkWriteException e) {
            return duplicateKeyPositions(e).size();
        }
    }

    /** A duplicate key is the expected answer (the document exists, or is as new or newer); anything else is not. */
    private static List<Integer> duplicateKeyPositions(MongoBulkWriteException e) {
        List<Integer> positions = new ArrayList<>();
        for (BulkWriteError error : e.getWriteErrors()) {
            if (error.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            positions.add(error.getIndex());
        }
        return positions;
    }

    @Override
    public boolean tombstone(String tenant, String collection, Object key, long version) {
        TenantCollection target = collections.of(tenant, collection);
        try {
            target.replace(StoredDocuments.tombstone(target, key, version), olderOrAbsent(version), true);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    @Override
    public Optional<DocumentView> find(String tenant, String collection, Object key) {
        TenantCollection source = collections.of(tenant, collection);
        return source.findByKey(key, StoredDocuments.LIVE).map(d -> StoredDocuments.fromStored(source, d));
    }

    @Override
    public List<DocumentView> page(String tenant, String collection, Object after, int limit) {
        return query(tenant, collection, FieldFilter.NONE, after, limit);
    }

    @Override
    public List<DocumentView> query(String tenant, String collection, FieldFilter filter, Object after, int limit) {
        List<Bson> and = new ArrayList<>(List.of(StoredDocuments.LIVE));
        filter.anyOf().forEach((field, values) -> and.add(Filters.in(field, values.stream().map(BsonValues::toBson).toList())));
        TenantCollection source = collections.of(tenant, collection);
        return source.page(Filters.and(and), after, limit).stream().map(d -> StoredDocuments.fromStored(source, d)).toList();
    }

    @Override
    public boolean repair(String tenant, DocumentView document) {
        return repairs.replaceUnlessNewer(tenant, document);
    }

    @Override
    public boolean removeUnlessNewer(String tenant, String collection, Object key, long version) {
        return repairs.removeUnlessNewer(tenant, collection, key, version);
    }

    @Override
    public long count(String tenant, String collection) {
        return collections.of(tenant, collection).count(StoredDocuments.LIVE);
    }

    private static Bson olderOrAbsent(long version) {
        return Filters.or(Filters.lt(StoredDocuments.VERSION, version), Filters.exists(StoredDocuments.VERSION, false));
    }
}
