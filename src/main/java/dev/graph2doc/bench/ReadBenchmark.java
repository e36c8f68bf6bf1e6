package dev.graph2doc.bench;

import dev.graph2doc.bench.ReadBenchReport.OpenLoad;
import dev.graph2doc.bench.ReadMix.ReadOp;
import dev.graph2doc.bench.ReadRuns.Run;
import dev.graph2doc.copy.CopyService;
import dev.graph2doc.copy.CopyStatus;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.demo.SeedReport;
import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.wiring.StoreConnections;
import io.micronaut.context.BeanContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code bench reads}: seeds a one-tenant fleet graph, copies it with the copy service (timed), verifies it with the
 * verification service (timed), then replays one seeded mix of reads through the read router served by Neo4j, by
 * MongoDB without comparison, and by MongoDB with every read compared against Neo4j.
 */
public final class ReadBenchmark {

    private static final long RANDOM_SEED = 42L;

    private final BeanContext beans;
    private final boolean removeWhenDone;

    public ReadBenchmark(BeanContext beans, boolean removeWhenDone) {
        this.beans = beans;
        this.removeWhenDone = removeWhenDone;
    }

    public ReadBenchReport run(ReadBenchOptions options, Consumer<String> progress) throws InterruptedException {
        FleetSpec spec = new FleetSpec(1, options.devices(), 1, RANDOM_SEED);
        String tenant = spec.tenantNames().get(0);
        StoreConnections stores = beans.getBean(StoreConnections.class);
        Neo4jFleetGraphStore fleet = new Neo4jFleetGraphStore(stores.neo4j());
        Mapping mapping = beans.getBean(ActiveMapping.class).get();
        BenchTenant.requireAbsent(stores, fleet, mapping, tenant, "bench reads");
        try {
            SeedReport seeded = new FleetSeeder(fleet, Clock.systemUTC()).seed(spec, m -> { });
            progress.accept(seeded.summary() + " — not timed");
            return measure(spec, tenant, options, mapping, progress);
        } finally {
            if (removeWhenDone) {
                BenchTenant.remove(stores, fleet, mapping, tenant);
            }
        }
    }

    private ReadBenchReport measure(FleetSpec spec, String tenant, ReadBenchOptions options, Mapping mapping,
                                    Consumer<String> progress) throws InterruptedException {
        GraphStore graph = beans.getBean(GraphStore.class);
        graph.prepare();
        double copySeconds = copy(tenant, progress);
        double verifySeconds = BenchVerification.seconds(beans, tenant, progress);
        CollectionMapping devices = mapping.collection("devices").orElseThrow();
        CollectionMapping bins = mapping.collection("bins").orElseThrow();
        List<Object> deviceKeys = graph.keyBoundaries(devices, tenant, 1);
        List<Object> binKeys = graph.keyBoundaries(bins, tenant, 1);
        List<ReadOp> warmup = ReadMix.of(devices, deviceKeys, bins, binKeys, options.warmup(), RANDOM_SEED + 1);
        List<ReadOp> timed = ReadMix.of(devices, deviceKeys, bins, binKeys, options.requests(), RANDOM_SEED);
        ReadRuns runs = new ReadRuns(mapping, graph, beans.getBean(DocumentStore.class), tenant, options, progress);
        Run neo4j = runs.run("GRAPH_ONLY (Neo4j serves)", Phase.GRAPH_ONLY, 0, warmup, timed);
        Run mongodb = runs.run("SWAP_READS (MongoDB, 0% compared)", Phase.SWAP_READS, 0, warmup, timed);
        Run compare = runs.run("COMPARE (MongoDB, 100% compared)", Phase.COMPARE, 1.0, warmup, timed);
        OpenLoad open = options.load() == 0 ? null
                : openLoad(runs, options.load() * neo4j.result().batchesPerSecond(), warmup, timed, progress);
        return new ReadBenchReport(setup(spec, tenant, options), neo4j, mongodb, compare, open, copySeconds,
                verifySeconds, List.of(BenchTenant.machine()));
    }

    /**
     * SWAP_READS and COMPARE with reads arriving at {@code perSecond}, in two rounds of half the reads each, taken in
     * turns: how much a comparison adds to a read when the machine is not already saturated by the readers.
     */
    private static OpenLoad openLoad(ReadRuns runs, double perSecond, List<ReadOp> warmup, List<ReadOp> timed,
                                     Consumer<String> progress) throws InterruptedException {
        progress.accept(String.format(Locale.ROOT, "  open loop: reads arriving at %.0f per second", perSecond));
        ReadRuns.Driver driver = ReadRuns.openLoop(perSecond);
        List<List<ReadOp>> halves = List.of(timed.subList(0, timed.size() / 2), timed.subList(timed.size() / 2, timed.size()));
        List<Run> swap = new ArrayList<>();
        List<Run> compare = new ArrayList<>();
        for (List<ReadOp> half : halves) {
            swap.add(runs.run("SWAP_READS, open loop", Phase.SWAP_READS, 0, warmup, half, driver));
            compare.add(runs.run("COMPARE, open loop", Phase.COMPARE, 1.0, warmup, half, driver));
        }
        return new OpenLoad(perSecond, Run.merged(swap), Run.merged(compare));
    }

    /** The copy service's own workers, from start to every collection COMPLETE. */
    private double copy(String tenant, Consumer<String> progress) throws InterruptedException {
        CopyService copy = beans.getBean(CopyService.class);
        long began = System.nanoTime();
        copy.start(List.of(tenant), List.of());
        copy.startWorkers();
        while (!copy.status().stream().filter(s -> s.tenant().equals(tenant))
                .allMatch(s -> s.state() == CopyStatus.State.COMPLETE)) {
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        progress.accept(String.format(Locale.ROOT, "  copy: %.2f s", seconds));
        return seconds;
    }

    private static List<String> setup(FleetSpec spec, String tenant, ReadBenchOptions options) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "bench reads: fleet graph, 1 tenant '%s', %d devices, %d bins, %d readings",
                tenant, spec.devicesPerTenant(), spec.binsPerTenant(), spec.devicesPerTenant()));
        out.add("mix (same seeded sequence in every run): " + ReadMix.DESCRIPTION);
        out.add(String.format(Locale.ROOT, "each run: %d warm-up reads (not timed), then %d timed reads from %d readers in "
                + "a closed loop through ReadRouter; latency per read (System.nanoTime), p50/p99 nearest rank",
                options.warmup(), options.requests(), options.concurrency()));
        out.add("comparator: " + options.compareThreads() + " thread(s), queue " + ReadRuns.QUEUE_CAPACITY + ", candidate timeout 500 ms, re-check after "
                + "200 ms; each run waits for its comparisons to finish before the next starts");
        out.add(options.load() == 0 ? "open loop: not run (--load 0)" : String.format(Locale.ROOT, "open loop: "
                + "SWAP_READS and COMPARE again, reads arriving at %.2f x the rate Neo4j answered above (GRAPH_ONLY: the "
                + "read load the application put on Neo4j before the migration, which COMPARE at 100%% puts on it again), "
                + "in two rounds taken in turns; latency from when each read was due (a backlog counts)", options.load()));
        out.add("copy = CopyService workers from start to COMPLETE; verification = VerificationService from POST to DONE,"
                + " both over the whole tenant (all collections), before the read runs");
        return out;
    }
}
