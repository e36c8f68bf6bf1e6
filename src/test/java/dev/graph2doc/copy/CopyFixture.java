package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentEquality;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.MongoCopyStateStore;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.testing.MutableClock;
import dev.graph2doc.testing.TestStores;
import java.time.Instant;
import java.util.ArrayList;
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
        assertMongoEqualsRender(tenants, mapping.collections().stream().map(CollectionMapping::name).toList());
    }

    void assertMongoEqualsRender(List<String> tenants, List<String> collections) {
        for (String tenant : tenants) {
            for (CollectionMapping c : mapping.collections().stream().filter(c -> collections.contains(c.name())).toList()) {
                List<DocumentView> rendered = renderAll(c, tenant);
                List<DocumentView> stored = storedAll(c.name(), tenant);
                assertThat(stored).as(tenant + "/" + c.name() + " count").hasSameSizeAs(rendered);
                for (int i = 0; i < rendered.size(); i++) {
                    DocumentView expected = rendered.get(i);
                    DocumentView actual = stored.get(i);
                    assertThat(DocumentEquality.same(expected, actual))
                            .as("%s/%s key %s:%n rendered %s%n stored   %s", tenant, c.name(), expected.key(), expected, actual)
                            .isTrue();
                }
            }
        }
    }

    List<DocumentView> renderAll(CollectionMapping c, String tenant) {
        List<DocumentView> out = new ArrayList<>();
        Object after = null;
        for (RenderBatch batch = graph.renderRange(c, tenant, null, null, 500); !batch.isEmpty();
             batch = graph.renderRange(c, tenant, after, null, 500)) {
            out.addAll(batch.documents());
            after = batch.lastKey();
        }
        return out;
    }

    List<DocumentView> storedAll(String collection, String tenant) {
        List<DocumentView> out = new ArrayList<>();
        for (List<DocumentView> page = documents.page(tenant, collection, null, 500); !page.isEmpty();
             page = documents.page(tenant, collection, page.get(page.size() - 1).key(), 500)) {
            out.addAll(page);
        }
        return out;
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
