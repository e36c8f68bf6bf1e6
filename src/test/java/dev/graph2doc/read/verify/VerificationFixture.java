package dev.graph2doc.read.verify;

import dev.graph2doc.copy.CopyCoordinator;
import dev.graph2doc.copy.CopyProgressListener;
import dev.graph2doc.copy.CopySettings;
import dev.graph2doc.copy.Throttle;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.MongoCopyStateStore;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.mongo.MongoVerificationStore;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphSchema;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.testing.MutableClock;
import dev.graph2doc.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A shipped mapping over the test stores, copied, with the verification parts wired by hand. */
final class VerificationFixture implements AutoCloseable {

    static final Duration LEASE = Duration.ofSeconds(30);

    final TestStores stores;
    final Mapping mapping;
    final GraphStore graph;
    final DocumentStore documents;
    final MongoVerificationStore store;
    final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T00:00:00Z"));
    private final ExecutorService reader = Executors.newCachedThreadPool();

    VerificationFixture(TestStores stores, String mappingFile) {
        this.stores = stores;
        this.mapping = MappingLoader.load(Path.of("migrations", mappingFile), new Neo4jGraphSchema(stores.neo4j()));
        this.graph = new Neo4jGraphStore(stores.neo4j(), mapping);
        this.documents = new MongoDocumentStore(stores.mongo(), mapping);
        this.store = new MongoVerificationStore(stores.mongo(), "graph2doc_control_test");
        graph.prepare();
    }

    static FleetSpec seedFleet(TestStores stores) {
        FleetSpec spec = new FleetSpec(2, 40, 2, 5L);
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(spec, m -> { });
        return spec;
    }

    void copyAll() throws InterruptedException {
        CopyCoordinator copy = new CopyCoordinator(mapping, graph, documents,
                new MongoCopyStateStore(stores.mongo(), "graph2doc_control_test"),
                new CopySettings(200, 1000, LEASE, Duration.ofMillis(10)), clock, clock::advance, reader, "copy",
                CopyProgressListener.NONE);
        copy.start(graph.tenants(), List.of());
        while (copy.copyOnePartition(() -> false)) {
            // each call copies one partition
        }
    }

    List<String> collections() {
        return mapping.collections().stream().map(CollectionMapping::name).toList();
    }

    Verifier verifier(GraphStore graphSide, DocumentStore documentSide, int batchSize) {
        return new Verifier(mapping, graphSide, documentSide, new DocumentDiff(mapping, List.of()),
                new VerificationSettings(batchSize, 0, 10, LEASE, Duration.ofMillis(10)), new Throttle(clock, clock::advance));
    }

    VerificationRunner runner(String owner, Verifier verifier) {
        return new VerificationRunner(verifier, store, collections(), clock, owner, LEASE);
    }

    /** Starts a run over the body's request and works it to its end with a fresh runner; returns it as stored. */
    VerificationRun verify(Map<String, ?> body, int batchSize) {
        VerificationRun run = start(body);
        runner("worker", verifier(graph, documents, batchSize)).runNext(() -> false);
        return store.find(run.id()).orElseThrow();
    }

    VerificationRun start(Map<String, ?> body) {
        VerificationRun run = VerificationRun.start(java.util.UUID.randomUUID().toString(),
                VerificationRequest.parse(body, graph.tenants(), collections()), clock.instant());
        store.create(run);
        clock.advance(Duration.ofSeconds(1)); // runs started one after another have distinct start times
        return run;
    }

    static VerificationSlice slice(VerificationRun run, String tenant, String collection) {
        return run.slices().stream().filter(s -> s.tenant().equals(tenant) && s.collection().equals(collection))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
