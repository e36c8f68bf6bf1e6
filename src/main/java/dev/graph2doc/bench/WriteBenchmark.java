package dev.graph2doc.bench;

import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.demo.SeedReport;
import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.wiring.StoreConnections;
import dev.graph2doc.write.GraphWriter;
import dev.graph2doc.write.MutationHandler;
import dev.graph2doc.write.NativeDocumentWriter;
import dev.graph2doc.write.RepairWorker;
import dev.graph2doc.write.WriteOutbox;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanContext;
import java.time.Clock;
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
        // one reading each: the label exists; one tenant for the graph runs, one per writer for the MongoDB-only ones
        FleetSpec spec = new FleetSpec(1 + options.concurrency(), options.devices(), 1, RANDOM_SEED);
        List<String> tenants = spec.tenantNames();
        StoreConnections stores = beans.getBean(StoreConnections.class);
        Neo4jFleetGraphStore fleet = new Neo4jFleetGraphStore(stores.neo4j());
        Mapping mapping = beans.getBean(ActiveMapping.class).get();
        tenants.forEach(t -> BenchTenant.requireAbsent(stores, fleet, mapping, t, "bench writes"));
        try {
            SeedReport seeded = new FleetSeeder(fleet, Clock.systemUTC()).seed(spec, m -> { });
            progress.accept(seeded.summary() + " — not timed");
            return measure(spec, tenants.get(0), tenants.subList(1, tenants.size()), options, mapping, progress);
        } finally {
            if (removeWhenDone) {
                tenants.forEach(t -> BenchTenant.remove(stores, fleet, mapping, t));
            }
        }
    }

    /**
     * {@code graphTenant} takes the runs that write the graph (MongoDB brought level with it before each FORK_WRITES
     * slice), {@code documentTenants} (one per writer) the MongoDB-only ones, which move MongoDB ahead of its graph:
     * so every run can take its slice in every round.
     */
    private WriteBenchReport measure(FleetSpec spec, String graphTenant, List<String> documentTenants,
                                     WriteBenchOptions options, Mapping mapping, Consumer<String> progress)
            throws InterruptedException {
        beans.getBean(GraphStore.class).prepare();
        beans.getBean(GraphWriter.class).prepare();
        WriteBenchData graphData = data(mapping, graphTenant);
        WriteRuns runs = new WriteRuns(paths(), options);
        WriteBenchSetup setup = new WriteBenchSetup(spec, graphTenant, documentTenants, options);
        MeterRegistry meters = beans.getBean(MeterRegistry.class);
        for (String tenant : documentTenants) {
            level(data(mapping, tenant), tenant, setup, progress);
        }
        runs.warmUp(graphTenant);
        level(graphData, graphTenant, setup, progress);
        runs.warmUpMongodb(graphTenant, documentTenants);
        graphData.drain();
        WriteRounds rounds = new WriteRounds();
        StoreTimes forkTimes = StoreTimes.NONE;
        for (int round = 0; round < options.rounds(); round++) {
            rounds.rawNeo4j.add(runs.rawNeo4j(graphTenant, round));
            rounds.graphOnly.add(runs.phase(graphTenant, Phase.GRAPH_ONLY, round));
            level(graphData, graphTenant, setup, progress);
            StoreTimes before = StoreTimes.snapshot(meters);
            rounds.fork.add(runs.phase(graphTenant, Phase.FORK_WRITES, round));
            forkTimes = forkTimes.plus(StoreTimes.snapshot(meters).since(before));
            rounds.afterFork.add(graphData.drain());
            rounds.open.add(runs.breakerOpen(graphTenant, round));
            rounds.afterOpen.add(graphData.drain());
            rounds.rawMongodb.add(runs.rawMongodb(documentTenants, round));
            rounds.unforked.add(runs.unforked(documentTenants, round));
            progress.accept(rounds.summary(round, options.rounds()));
        }
        List<String> notes = List.of(rounds.perRoundRatios(), forkTimes.line("FORK_WRITES (warm-up included)"),
                setup.drained("FORK_WRITES", rounds.drained(rounds.afterFork)),
                setup.drained("breaker open", rounds.drained(rounds.afterOpen)), setup.machine());
        return rounds.report(setup.lines(), notes);
    }

    private void level(WriteBenchData data, String tenant, WriteBenchSetup setup, Consumer<String> progress) {
        long began = System.nanoTime();
        long copied = data.copy();
        beans.getBean(NativeDocumentWriter.class).prepare(tenant);
        progress.accept(setup.copied(tenant, copied, System.nanoTime() - began));
    }

    private WriteBenchData data(Mapping mapping, String tenant) {
        return new WriteBenchData(mapping, beans.getBean(GraphStore.class), beans.getBean(DocumentStore.class),
                beans.getBean(WriteOutbox.class), beans.getBean(RepairWorker.class), tenant);
    }

    private WriteRuns.Paths paths() {
        return new WriteRuns.Paths(beans.getBean(MutationHandler.class), beans.getBean(GraphWriter.class),
                beans.getBean(NativeDocumentWriter.class), beans.getBean(CircuitBreaker.class));
    }
}
