package dev.graph2doc.cli;

import dev.graph2doc.rehearse.Rehearsal;
import dev.graph2doc.rehearse.RehearsalOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rehearse", mixinStandardHelpOptions = true,
        description = {"A whole migration under live load and injected faults, with a report.",
                "Hosts the stores (embedded, or NEO4J_URI + MONGODB_URI), seeds the fleet graph, runs graph2doc as child",
                "processes, drives devices and customers through the data API while walking every tenant (canary first)",
                "COPY -> FORK_WRITES -> SWAP_READS -> COMPARE -> UNFORKED over the control API, then checks every",
                "acknowledged write in MongoDB. Exit 0: no failed request, no acknowledged write missing, final",
                "verifications clean; 1 otherwise (one sentence says why); 2 for bad options."})
final class RehearseCommand implements Callable<Integer> {

    @Option(names = "--tenants", defaultValue = "3", description = "Tenants; the first is the canary. Default: ${DEFAULT-VALUE}.")
    int tenants;

    @Option(names = "--devices", defaultValue = "100", description = "Devices (and bins) per tenant. Default: ${DEFAULT-VALUE}.")
    int devices;

    @Option(names = "--duration", defaultValue = "2m", description = "Least time the load runs (the walk may take longer), e.g. 90s, 2m. Default: ${DEFAULT-VALUE}.")
    String duration;

    @Option(names = "--faults", defaultValue = "on", description = "on: kill -9 mid-copy, MongoDB restart, corruption, slow candidate. Default: ${DEFAULT-VALUE}.")
    String faults;

    @Option(names = "--report", defaultValue = "rehearsal", description = "Folder for report.md, report.json, timeline.png and the instances' logs. Default: ${DEFAULT-VALUE}.")
    Path report;

    @Option(names = "--random-seed", defaultValue = "42", description = "Same value, same graph and load mix. Default: ${DEFAULT-VALUE}.")
    long randomSeed;

    @Option(names = "--instances", defaultValue = "2", description = "graph2doc instances (child processes). Default: ${DEFAULT-VALUE}.")
    int instances;

    @Option(names = "--rate", defaultValue = "24", description = "Requests/s per tenant (a third writes, the rest reads). Default: ${DEFAULT-VALUE}.")
    double rate;

    @Override
    public Integer call() throws Exception {
        RehearsalOptions options = RehearsalOptions.of(tenants, devices, duration, faults, report, randomSeed, instances,
                rate, mapping());
        return new Rehearsal(options, System.out, System.console() != null).run();
    }

    /** The mapping graph2doc will serve: graph2doc.mapping, else GRAPH2DOC_MAPPING (the launcher sets it), else the default. */
    private static Path mapping() {
        String property = System.getProperty("graph2doc.mapping");
        String env = System.getenv("GRAPH2DOC_MAPPING");
        return Path.of(property != null ? property : env != null ? env : "migrations/fleet.yaml");
    }
}
