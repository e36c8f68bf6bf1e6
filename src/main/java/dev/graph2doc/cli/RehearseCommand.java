package dev.graph2doc.cli;

import dev.graph2doc.rehearse.GraphSource;
import dev.graph2doc.rehearse.Rehearsal;
import dev.graph2doc.rehearse.RehearsalOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rehearse", mixinStandardHelpOptions = true,
        description = {"A whole migration under live load and faults, with a report.",
                "Hosts the stores (embedded, or NEO4J_URI + MONGODB_URI), seeds the fleet graph (or loads "
                        + "--dataset), runs graph2doc as child processes, drives clients through the data API (the "
                        + "fleet's devices and customers, or requests derived from --mapping) while walking every "
                        + "tenant (canary first) COPY -> FORK_WRITES -> SWAP_READS -> COMPARE -> UNFORKED over the "
                        + "control API, then checks every acknowledged write in MongoDB."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no failed request (with --faults chaos: but while the store it needed was down), no acknowledged write missing, final verifications clean",
                "1:otherwise (one sentence says why)", "2:bad options"})
final class RehearseCommand implements Callable<Integer> {

    @Option(names = "--tenants", description = "Tenants; the first is the canary. Default: 3 (1 for a single-tenant mapping).")
    Integer tenants;

    @Option(names = "--devices", defaultValue = "100", description = "Devices (and bins) per tenant. Default: ${DEFAULT-VALUE}.")
    int devices;

    @Option(names = "--duration", defaultValue = "2m", description = "Least time the load runs (the walk may take longer), such as 90s or 2m. Default: ${DEFAULT-VALUE}.")
    String duration;

    @Option(names = "--faults", defaultValue = "on", description = "on: kill -9 mid-copy, MongoDB restart, corruption, slow candidate, one per phase of the canary; chaos: faults of every kind at times drawn from --chaos-seed, overlapping; off: none. Default: ${DEFAULT-VALUE}.")
    String faults;

    @Option(names = "--chaos-seed", description = "With --faults chaos: the seed the faults' kinds, targets and times are drawn from (same seed, duration and instances: same schedule). Default: 1.")
    Long chaosSeed;

    @Option(names = "--report", defaultValue = "rehearsal", description = "Folder for report.md, report.json, timeline.png and the instances' logs. Default: ${DEFAULT-VALUE}.")
    Path report;

    @Option(names = "--random-seed", defaultValue = "42", description = "Same value, same graph and load mix. Default: ${DEFAULT-VALUE}.")
    long randomSeed;

    @Option(names = "--instances", defaultValue = "2", description = "graph2doc instances (child processes). Default: ${DEFAULT-VALUE}.")
    int instances;

    @Option(names = "--rate", defaultValue = "24", description = "Requests/s per tenant (a third writes, the rest reads). Default: ${DEFAULT-VALUE}.")
    double rate;

    @Option(names = "--mapping", description = "The mapping graph2doc serves (such as migrations/movies.yaml); the load is then derived from it. Default: the fleet's (GRAPH2DOC_MAPPING).")
    Path mapping;

    @Option(names = "--dataset", description = "A Cypher file (statements ending in ';') loaded into Neo4j instead of seeding the fleet graph, such as migrations/movies.cypher.")
    Path dataset;

    @Override
    public Integer call() throws Exception {
        GraphSource graph = new GraphSource(mapping == null ? defaultMapping() : mapping, dataset, mapping != null);
        RehearsalOptions options = RehearsalOptions.of(tenants, devices, duration, faults, chaosSeed, report, randomSeed, instances,
                rate, graph);
        return new Rehearsal(options, Graph2doc.class.getName(), System.out, System.console() != null).run();
    }

    /** The mapping graph2doc will serve: graph2doc.mapping, else GRAPH2DOC_MAPPING (the launcher sets it), else the default. */
    private static Path defaultMapping() {
        String property = System.getProperty("graph2doc.mapping");
        String env = System.getenv("GRAPH2DOC_MAPPING");
        return Path.of(property != null ? property : env != null ? env : "migrations/fleet.yaml");
    }
}
