package dev.graph2doc.cli;

import dev.graph2doc.bench.WriteBenchOptions;
import dev.graph2doc.bench.WriteBenchReport;
import dev.graph2doc.bench.WriteBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "writes", mixinStandardHelpOptions = true,
        description = {"Measures write latency with and without forked writes.",
                "Seeds a one-tenant fleet graph ('acme', --devices devices and bins) and drives the same seeded mix "
                        + "of mutation batches at --concurrency through: the raw Neo4j writer, MongoDB alone (the "
                        + "native writer), and the write handler in GRAPH_ONLY, FORK_WRITES, FORK_WRITES with the "
                        + "MongoDB breaker open, and UNFORKED. Prints p50 and p99 latency and batches/s per run and the "
                        + "ratios FORK_WRITES p50 / (raw Neo4j + raw MongoDB) (target <= 1.2) and breaker-open p50 / "
                        + "GRAPH_ONLY p50 (target <= 1.1).",
                "Without NEO4J_URI and MONGODB_URI it starts embedded stores in this process. On real servers it "
                        + "refuses if tenant 'acme' or its MongoDB database exists, and removes both, and its own "
                        + "control database, at the end."})
final class BenchWritesCommand implements Callable<Integer> {

    @Option(names = "--devices", defaultValue = "500", description = "Devices (and bins) to seed. Default: ${DEFAULT-VALUE}.")
    int devices;

    @Option(names = "--requests", defaultValue = "2000", description = "Timed batches per run. Default: ${DEFAULT-VALUE}.")
    int requests;

    @Option(names = "--warmup", defaultValue = "300", description = "Untimed batches before each run, shared out over its rounds. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--concurrency", defaultValue = "4", description = "Writers sending batches at once. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--rounds", defaultValue = "5", description = "Interleaved rounds each run is cut into (every "
            + "run takes its share of --requests in each round, so a slow spell of the machine hits all runs alike). "
            + "Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--json", description = "Also write the figures and ratios to this file as JSON.")
    Path json;

    @Override
    public Integer call() throws Exception {
        WriteBenchOptions options = new WriteBenchOptions(devices, requests, warmup, concurrency, rounds);
        // repairs due at once, so the drains between runs need not wait out a grace period
        Map<String, Object> properties = Map.of("graph2doc.repair.grace", "0s");
        BenchContext.run("writes", properties, (context, stores) -> {
            WriteBenchReport report = new WriteBenchmark(context, !stores.embedded()).run(options, System.out::println);
            report.lines().forEach(System.out::println);
            if (json != null) {
                Files.writeString(json, report.json());
                System.out.println("figures written to " + json);
            }
        });
        return 0;
    }
}
