package dev.graph2doc.bench;

import dev.graph2doc.demo.FleetSpec;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines that say what {@code bench writes} measured and how, printed above and below its table. */
final class WriteBenchSetup {

    private final FleetSpec spec;
    private final String graphTenant;
    private final List<String> documentTenants;
    private final WriteBenchOptions options;
    private final double loadBefore = loadAverage();

    WriteBenchSetup(FleetSpec spec, String graphTenant, List<String> documentTenants, WriteBenchOptions options) {
        this.spec = spec;
        this.graphTenant = graphTenant;
        this.documentTenants = List.copyOf(documentTenants);
        this.options = options;
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "bench writes: fleet graph, %d tenants of %d devices, %d bins, %d sites each: "
                + "'%s' for the runs that write the graph, one per writer (%s) for the MongoDB-only runs",
                1 + documentTenants.size(), spec.devicesPerTenant(), spec.binsPerTenant(), spec.sitesPerTenant(),
                graphTenant, String.join(", ", documentTenants)));
        out.add("mix (same seeded sequence in every run): " + WriteMix.DESCRIPTION);
        out.add(String.format(Locale.ROOT, "each run: %d timed batches in %d rounds, each slice after %d warm-up batches "
                + "(not timed), from %d writers in a closed loop; latency per batch (System.nanoTime), p50/p99 nearest "
                + "rank over all the run's slices, batches/s = timed batches / wall time", options.requests(),
                options.rounds(), options.warmupPerSlice(), options.concurrency()));
        out.add("raw neo4j   = GraphWriter.apply: the batch in one Neo4j transaction with its document versions, no outbox,"
                + " no interceptor");
        out.add("raw mongodb = NativeDocumentWriter.applyAlone: MongoDB alone doing the same logical write (per-tenant "
                + "write lease, journal, versioned compare-and-set per document), no interceptor; raw mongodb and UNFORKED "
                + "give each writer its own tenant, as one tenant's MongoDB-only writes go one at a time");
        out.add("GRAPH_ONLY, FORK_WRITES, UNFORKED = the MutationHandler bean, which routes by that phase;"
                + " breaker open = FORK_WRITES with the 'mongodb-writes' breaker forced open");
        out.add("order: warm-up (" + Math.max(3 * options.warmup(), options.requests())
                + " batches through the graph writer, as many through GRAPH_ONLY, then FORK_WRITES and UNFORKED), then each round: raw neo4j, GRAPH_ONLY, "
                + "MongoDB brought level with the graph, FORK_WRITES, drain, breaker open, drain, raw mongodb, UNFORKED "
                + "(interleaved, so a slow spell of the machine hits every run alike)");
        out.add("repair worker not running during the runs; the outbox is drained between them (RepairWorker.drainOnce)");
        return out;
    }

    String copied(String tenant, long documents, long nanos) {
        return String.format(Locale.ROOT, "  MongoDB brought level with the graph of '%s': %d documents rendered and "
                + "upserted in %.1f s — not timed", tenant, documents, nanos / 1e9);
    }

    String drained(String after, WriteBenchData.Drained d) {
        return String.format(Locale.ROOT, "outbox after %s: %d documents; %d re-rendered by the repair worker in %.2f s, "
                + "the rest confirmed by the request path; %d left", after, d.backlog(), d.repaired(),
                d.took().toNanos() / 1e9, d.left());
    }

    String machine() {
        return String.format(Locale.ROOT, "machine: %d processors, max heap %d MB; load average (1 min) %.1f before the "
                + "first run, %.1f after the last", Runtime.getRuntime().availableProcessors(),
                HeapSampler.maxHeapBytes() / (1024 * 1024), loadBefore, loadAverage());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
