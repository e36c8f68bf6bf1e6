package dev.graph2doc.bench;

import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.demo.SeedReport;
import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.GraphWriter;
import dev.graph2doc.store.NativeDocumentWriter;
import dev.graph2doc.store.StoreConnections;
import dev.graph2doc.store.WriteOutbox;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.write.MutationHandler;
import dev.graph2doc.write.RepairWorker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code bench writes}: seeds a one-tenant fleet graph, then drives the same mix of mutation batches through
 * the raw store writers and through the write handler in each phase, with the write path's own beans.
 */
public final class WriteBenchmark {

    private static final long RANDOM_SEED = 42L;

    private final BeanContext beans;
    private final boolean removeWhenDone;

    /** @param removeWhenDone remove the seeded tenant and its MongoDB database at the end (stores that outlive us) */
    public WriteBenchmark(BeanContext beans, boolean removeWhenDone) {
        this.beans = beans;
        this.removeWhenDone = removeWhenDone;
    }

    public WriteBenchReport run(WriteBenchOptions options, Consumer<String> progress) throws InterruptedException {
        FleetSpec spec = new FleetSpec(1, options.devices(), 1, RANDOM_SEED); // one reading each: the label exists
        String tenant = spec.tenantNames().get(0);
        StoreConnections stores = beans.getBean(StoreConnections.class);
        Neo4jFleetGraphStore fleet = new Neo4jFleetGraphStore(stores.neo4j());
        BenchTenant.requireAbsent(stores, fleet, beans.getBean(ActiveMapping.class).get(), tenant, "bench writes");
        String ownDatabase = null;
        try {
            SeedReport seeded = new FleetSeeder(fleet, Clock.systemUTC()).seed(spec, m -> { });
            progress.accept(seeded.summary() + " — not timed");
            Mapping mapping = beans.getBean(ActiveMapping.class).get();
            ownDatabase = mapping.target().databaseFor(tenant);
            return measure(spec, tenant, options, mapping, progress);
        } finally {
            if (removeWhenDone) {
                if (ownDatabase != null) {
                    stores.mongo().getDatabase(ownDatabase).drop();
                }
                fleet.deleteTenant(tenant);
            }
        }
    }

    private WriteBenchReport measure(FleetSpec spec, String tenant, WriteBenchOptions options, Mapping mapping,
                                     Consumer<String> progress) throws InterruptedException {
        beans.getBean(GraphStore.class).prepare();
        beans.getBean(GraphWriter.class).prepare();
        WriteBenchData data = new WriteBenchData(mapping, beans.getBean(GraphStore.class),
                beans.getBean(DocumentStore.class), beans.getBean(WriteOutbox.class), beans.getBean(RepairWorker.class), tenant);
        WriteRuns runs = new WriteRuns(paths(), tenant, options, progress);
        WriteBenchSetup setup = new WriteBenchSetup(spec, tenant, options);
        MeterRegistry meters = beans.getBean(MeterRegistry.class);
        runs.warmUp();
        WriteRunResult rawNeo4j = runs.rawNeo4j();
        WriteRunResult graphOnly = runs.phase(Phase.GRAPH_ONLY);
        long began = System.nanoTime();
        long copied = data.copy();
        beans.getBean(NativeDocumentWriter.class).prepare(tenant);
        progress.accept(setup.copied(copied, System.nanoTime() - began));
        StoreTimes beforeFork = StoreTimes.snapshot(meters);
        WriteRunResult fork = runs.phase(Phase.FORK_WRITES);
        String forkTimes = StoreTimes.snapshot(meters).since(beforeFork, "FORK_WRITES (warm-up included)");
        WriteBenchData.Drained afterFork = data.drain();
        WriteRunResult open = runs.breakerOpen();
        WriteBenchData.Drained afterOpen = data.drain();
        progress.accept(setup.drained("breaker open", afterOpen));
        WriteRunResult rawMongodb = runs.rawMongodb();
        WriteRunResult unforked = runs.phase(Phase.UNFORKED);
        List<String> notes = List.of(forkTimes, setup.drained("FORK_WRITES", afterFork), setup.drained("breaker open", afterOpen),
                setup.machine());
        return new WriteBenchReport(setup.lines(), rawNeo4j, rawMongodb, graphOnly, fork, open, unforked, notes);
    }

    private WriteRuns.Paths paths() {
        return new WriteRuns.Paths(beans.getBean(MutationHandler.class), beans.getBean(GraphWriter.class),
                beans.getBean(NativeDocumentWriter.class), beans.getBean(CircuitBreaker.class));
    }
}
