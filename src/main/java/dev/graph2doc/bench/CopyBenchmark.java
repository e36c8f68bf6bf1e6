package dev.graph2doc.bench;

import com.mongodb.client.MongoClient;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.demo.SeedReport;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.MongoBulkWriter;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;

/**
 * {@code bench copy}: seeds a one-tenant fleet graph whose bins are the measured roots, then measures, one
 * after the other in this process, the raw read, the raw write, the copy and the naive copy.
 */
public final class CopyBenchmark {

    private static final long RANDOM_SEED = 42L;
    private static final String ROOT_LABEL = "Bin";

    private final Driver neo4j;
    private final MongoClient mongo;
    private final Path mappingFile;
    private final boolean removeWhenDone;

    /** @param removeWhenDone remove the seeded tenant and the bench databases at the end (stores that outlive us) */
    public CopyBenchmark(Driver neo4j, MongoClient mongo, Path mappingFile, boolean removeWhenDone) {
        this.neo4j = neo4j;
        this.mongo = mongo;
        this.mappingFile = mappingFile;
        this.removeWhenDone = removeWhenDone;
    }

    public BenchReport run(BenchOptions options, Consumer<String> progress) throws InterruptedException {
        FleetSpec spec = new FleetSpec(1, options.nodes(), 0, RANDOM_SEED);
        String tenant = spec.tenantNames().get(0);
        Neo4jFleetGraphStore fleet = new Neo4jFleetGraphStore(neo4j);
        if (fleet.hasTenant(tenant)) {
            throw new IllegalArgumentException("the graph already holds tenant '" + tenant + "', which bench copy seeds "
                    + "and removes: point it at stores without that tenant (or at embedded stores)");
        }
        MongoBulkWriter.dropDatabases(mongo, BenchPhases.PREFIX); // left by an interrupted run
        try (HeapSampler heap = new HeapSampler()) {
            SeedReport seeded = new FleetSeeder(fleet, Clock.systemUTC()).seed(spec, m -> { });
            progress.accept(seeded.summary() + " — not part of the ratios");
            return measure(spec, tenant, options, seeded, heap, MongoBulkWriter.serverBatchSize(mongo), progress);
        } finally {
            if (removeWhenDone) {
                MongoBulkWriter.dropDatabases(mongo, BenchPhases.PREFIX);
                fleet.deleteTenant(tenant);
            }
        }
    }

    private BenchReport measure(FleetSpec spec, String tenant, BenchOptions options, SeedReport seeded, HeapSampler heap,
                                int batchSize, Consumer<String> progress) throws InterruptedException {
        Mapping mapping = loadMapping();
        CollectionMapping roots = mapping.rootedAt(ROOT_LABEL).orElseThrow(() -> new IllegalArgumentException(
                "mapping " + mappingFile + " has no collection rooted at " + ROOT_LABEL + ": bench copy needs the fleet "
                        + "mapping (migrations/fleet.yaml)"));
        GraphStore graph = new Neo4jGraphStore(neo4j, mapping);
        graph.prepare();
        BenchPhases phases = new BenchPhases(graph, mongo, mapping, roots, tenant, options, heap);
        phases.warmUp();
        double loadBefore = loadAverage();
        PhaseResult read = announce(phases.read(), progress);
        PhaseResult write = announce(phases.write(), progress);
        PhaseResult upsert = announce(phases.upsert(), progress);
        PhaseResult copy = announce(phases.copy(), progress);
        PhaseResult naive = announce(phases.naive(), progress);
        List<String> setup = setup(spec, tenant, options, seeded, roots, batchSize);
        setup.add(String.format(Locale.ROOT, "completeness check (the ranges' root counts against the collection's; "
                + "part of the copy's time): %.2f s = %.0f%% of the copy", phases.completenessCheck().toNanos() / 1e9,
                100.0 * phases.completenessCheck().toNanos() / Math.max(1, copy.elapsed().toNanos())));
        setup.add(String.format(Locale.ROOT, "machine: %d processors; load average (1 min) %.1f before the first phase, %.1f "
                + "after the last", Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage()));
        return new BenchReport(setup, read, write, upsert, copy, naive, HeapSampler.maxHeapBytes());
    }

    /** Checked on its own, not against the graph: the bench graph has no readings, which the mapping also declares. */
    private Mapping loadMapping() {
        try {
            return MappingLoader.parse(Files.readString(mappingFile), mappingFile.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("graph2doc.mapping = '" + mappingFile + "' cannot be read (" + e
                    + "): bench copy needs the fleet mapping, migrations/fleet.yaml");
        }
    }

    /** Other processes on the same cores slow every phase; the load says whether they did. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static PhaseResult announce(PhaseResult phase, Consumer<String> progress) {
        progress.accept(String.format("  %s: %d documents in %.2f s", phase.name(), phase.documents(), phase.seconds()));
        return phase;
    }

    private static List<String> setup(FleetSpec spec, String tenant, BenchOptions options, SeedReport seeded,
                                      CollectionMapping roots, int batchSize) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("bench copy: fleet graph, 1 tenant '%s', %d devices, %d sites, 0 readings -> %d roots in "
                        + "'%s' (each renders with its Site object and Devices array)", tenant, spec.devicesPerTenant(),
                spec.sitesPerTenant(), spec.binsPerTenant(), roots.name()));
        lines.add(String.format("seeded %d nodes in %.1f s (not part of the ratios)", seeded.nodesCreated(),
                seeded.elapsed().toMillis() / 1000.0));
        lines.add("warm-up: two chunks rendered before any phase (not timed), so no phase pays for query planning");
        lines.add("read:  renderRange over every root, chunks of " + options.chunkSize() + ", documents counted and discarded");
        lines.add("write: documents rendered and built as BSON in slices of " + PrebuiltSlices.SIZE + " (not timed); "
                + "only insertMany (unordered, batches of " + batchSize + ") into a fresh collection is timed");
        lines.add("upsert: the same pre-built documents through the copy's writer (version-guarded upserts, chunks of "
                + options.chunkSize() + ") into a fresh database; not in the ratios, it shows what the guard costs");
        lines.add("copy:  CopyCoordinator, one partition, one worker, chunks of " + options.chunkSize()
                + ", planning included, version-guarded upserts into a fresh database");
        lines.add("naive: the first " + options.effectiveSample() + " roots, one renderKeys and one single-document "
                + "upsertIfNewer per root, into a fresh database");
        return lines;
    }
}
