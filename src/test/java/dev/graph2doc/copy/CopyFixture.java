package dev.graph2doc.copy;


import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.MongoCopyStateStore;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.testing.MutableClock;
import dev.graph2doc.testing.RenderComparison;
import dev.graph2doc.testing.TestStores;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Wires graph, document and copy-state stores for one mapping on the test stores. */
final class CopyFixture implements AutoCloseable {

    final Mapping mapping;
    final GraphStore graph;
    final DocumentStore documents;
    final MongoCopyStateStore state;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ExecutorService reader = Executors.newCachedThreadPool();

    CopyFixture(TestStores stores, Mapping mapping) {
        this.mapping = mapping;
        this.graph = new Neo4jGraphStore(stores.neo4j(), mapping);
        this.documents = new MongoDocumentStore(stores.mongo(), mapping);
        this.state = new MongoCopyStateStore(stores.mongo(), "graph2doc_control_test");
        graph.prepare();
    }

    CopyCoordinator coordinator(String owner, CopySettings settings, CopyProgressListener listener) {
        return new CopyCoordinator(mapping, graph, documents, state, settings, clock, clock::advance, reader, owner, listener);
    }

    static int copyAll(CopyCoordinator coordinator) throws InterruptedException {
        int partitions = 0;
        while (coordinator.copyOnePartition(() -> false)) {
            partitions++;
        }
        return partitions;
    }

    /** Every root of every collection and tenant: the stored document equals the render, and nothing else is stored. */
    void assertMongoEqualsRender(List<String> tenants) {
        new RenderComparison(mapping, graph, documents).assertMongoEqualsRender(tenants);
    }

    void assertMongoEqualsRender(List<String> tenants, List<String> collections) {
        new RenderComparison(mapping, graph, documents).assertMongoEqualsRender(tenants, collections);
    }

    List<DocumentView> renderAll(CollectionMapping c, String tenant) {
        return new RenderComparison(mapping, graph, documents).renderAll(c, tenant);
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
