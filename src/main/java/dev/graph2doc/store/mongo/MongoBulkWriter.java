package dev.graph2doc.store.mongo;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The benchmark's raw write: plain {@code insertMany} of already-built BSON documents into a fresh collection,
 * in batches of the server's own write batch size. It is the fastest way MongoDB takes these documents in, so
 * the copy is measured against it; nothing else in graph2doc writes this way (no version guard).
 */
public final class MongoBulkWriter {

    private static final int FALLBACK_BATCH = 1000;

    private final TenantCollections collections;
    private final int batchSize;

    public MongoBulkWriter(MongoClient client, Mapping mapping) {
        this.collections = new TenantCollections(client, mapping.target());
        this.batchSize = serverBatchSize(client);
    }

    public int batchSize() {
        return batchSize;
    }

    /** Builds the stored form of every document first (not timed), then inserts them; returns the insert time alone. */
    public Duration insertAll(String tenant, String collection, List<DocumentView> documents) {
        TenantCollection target = collections.of(tenant, collection);
        List<Document> built = new ArrayList<>(documents.size());
        for (DocumentView doc : documents) {
            built.add(StoredDocuments.toStored(target, doc));
        }
        long began = System.nanoTime();
        for (int from = 0; from < built.size(); from += batchSize) {
            target.insertAll(built.subList(from, Math.min(built.size(), from + batchSize)));
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** Drops every database whose name starts with {@code prefix}: the benchmark's own, never anything else. */
    public static List<String> dropDatabases(MongoClient client, String prefix) {
        List<String> dropped = new ArrayList<>();
        for (String name : client.listDatabaseNames()) {
            if (name.startsWith(prefix)) {
                client.getDatabase(name).drop();
                dropped.add(name);
            }
        }
        return dropped;
    }

    /** The server's {@code maxWriteBatchSize} (1000 on mongo-java-server, 100,000 on MongoDB 3.6+). */
    public static int serverBatchSize(MongoClient client) {
        try {
            Document hello = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
            Number size = hello.get("maxWriteBatchSize", Number.class);
            return size == null || size.intValue() < 1 ? FALLBACK_BATCH : size.intValue();
        } catch (MongoCommandException e) {
            return FALLBACK_BATCH; // a server without isMaster; 1000 is what every server takes
        }
    }
}
