package dev.graph2doc.store.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.CollectionIndexes;
import dev.graph2doc.mapping.IndexSpec;
import dev.graph2doc.mapping.KeyOrder;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.FieldFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    @Override
    public UpsertSummary upsertIfNewer(String tenant, String collection, List<DocumentView> documents) {
        if (documents.isEmpty()) {
            return new UpsertSummary(0, 0);
        }
        return UpsertIfNewer.write(collections.of(tenant, collection), documents);
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

    /** One {@code _id} lookup for the whole list; tombstones are told apart here, not in the filter (see findByKeys). */
    @Override
    public List<Object> absentKeys(String tenant, String collection, List<Object> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        TenantCollection source = collections.of(tenant, collection);
        Set<Object> live = new TreeSet<>(KeyOrder.KEYS);
        for (Document d : source.findByKeys(keys, List.of(StoredDocuments.DELETED))) {
            if (!Boolean.TRUE.equals(d.get(StoredDocuments.DELETED))) {
                live.add(BsonValues.fromBson(source.keyOf(d.get("_id"))));
            }
        }
        return keys.stream().filter(k -> !live.contains(k)).toList();
    }

    @Override
    public Map<Object, StoredVersion> storedVersions(String tenant, String collection, List<Object> keys) {
        Map<Object, StoredVersion> versions = new TreeMap<>(KeyOrder.KEYS);
        if (keys.isEmpty()) {
            return versions;
        }
        TenantCollection source = collections.of(tenant, collection);
        for (Document d : source.findByKeys(keys, List.of(StoredDocuments.VERSION, StoredDocuments.ALONE))) {
            Number version = d.get(StoredDocuments.VERSION, Number.class);
            versions.put(BsonValues.fromBson(source.keyOf(d.get("_id"))), new StoredVersion(
                    version == null ? 0 : version.longValue(), Boolean.TRUE.equals(d.get(StoredDocuments.ALONE))));
        }
        return versions;
    }

    private static Bson olderOrAbsent(long version) {
        return UpsertIfNewer.olderOrAbsent(version);
    }
}
