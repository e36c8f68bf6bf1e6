package dev.graph2doc.write;

import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphSchema;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphWriter;
import dev.graph2doc.store.neo4j.Neo4jWriteOutbox;
import dev.graph2doc.testing.MutableClock;
import dev.graph2doc.testing.RenderComparison;
import dev.graph2doc.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The write path's parts over the test stores and one shipped mapping, wired by hand. */
final class WriteFixture {

    final Mapping mapping;
    final GraphStore graph;
    final DocumentStore documents;
    final Neo4jGraphWriter writer;
    final Neo4jWriteOutbox outbox;
    final Rerenderer rerenderer;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    final RenderComparison comparison;

    WriteFixture(TestStores stores, String mappingFile) {
        this.mapping = MappingLoader.load(Path.of("migrations", mappingFile), new Neo4jGraphSchema(stores.neo4j()));
        this.graph = new Neo4jGraphStore(stores.neo4j(), mapping);
        this.documents = new MongoDocumentStore(stores.mongo(), mapping);
        this.writer = new Neo4jGraphWriter(stores.neo4j(), mapping, clock);
        this.outbox = new Neo4jWriteOutbox(stores.neo4j());
        this.rerenderer = new Rerenderer(mapping, graph, documents);
        this.comparison = new RenderComparison(mapping, graph, documents);
        graph.prepare();
        writer.prepare();
    }

    static FleetSpec seedFleet(TestStores stores, int devices) {
        FleetSpec spec = new FleetSpec(2, devices, 2, 5L);
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(spec, m -> { });
        return spec;
    }

    /** The tenant's documents as the graph renders them, written to MongoDB: a finished copy. */
    void copy(String tenant) {
        for (dev.graph2doc.mapping.CollectionMapping c : mapping.collections()) {
            documents.upsertIfNewer(tenant, c.name(), comparison.renderAll(c, tenant));
        }
    }

    RepairWorker repairWorker() {
        return new RepairWorker(outbox, rerenderer, new OutboxConfirmations(clock),
                new RepairSettings(Duration.ofMillis(50), Duration.ofSeconds(2), 200), clock, WriteMetrics.NONE);
    }

    /** Repairs until the outbox is empty (bounded), the clock moved past the grace each round. */
    void drain() {
        RepairWorker worker = repairWorker();
        for (int round = 0; round < 1000 && totalBacklog() > 0; round++) {
            clock.advance(Duration.ofSeconds(3));
            worker.drainOnce();
        }
    }

    long totalBacklog() {
        return graph.tenants().stream().mapToLong(t -> outbox.backlog(t).documents()).sum();
    }

    static NodeRef device(String key) {
        return new NodeRef("Device", key);
    }

    static NodeRef bin(String key) {
        return new NodeRef("Bin", key);
    }

    static List<Mutation> batch(Mutation... mutations) {
        return List.of(mutations);
    }
}
