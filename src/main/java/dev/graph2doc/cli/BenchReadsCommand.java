package dev.graph2doc.cli;

import dev.graph2doc.bench.ReadBenchOptions;
import dev.graph2doc.bench.ReadBenchReport;
import dev.graph2doc.bench.ReadBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reads", mixinStandardHelpOptions = true,
        description = {"Measures read latency with and without compared reads.",
                "Seeds a one-tenant fleet graph ('acme', --devices devices and bins), copies it with the copy "
                        + "service and verifies it with the verification service (both timed), then replays one seeded "
                        + "mix of reads at --concurrency through the read router: Neo4j serving, MongoDB serving "
                        + "(SWAP_READS, nothing compared) and COMPARE with every read compared. Prints p50 and p99 per "
                        + "run, COMPARE p99 / SWAP_READS p99 (target <= 1.15), the comparator's longest queue and "
                        + "drops, and verification time / copy time (target <= 1.0).",
                "Without NEO4J_URI and MONGODB_URI it starts embedded stores in this process. On real servers it "
                        + "refuses if tenant 'acme' or its MongoDB database exists, and removes both, and its own "
                        + "control database, at the end."})
final class BenchReadsCommand implements Callable<Integer> {

    @Option(names = "--devices", defaultValue = "2000", description = "Devices (and bins) to seed. Default: ${DEFAULT-VALUE}.")
    int devices;

    @Option(names = "--requests", defaultValue = "5000", description = "Timed reads per run. Default: ${DEFAULT-VALUE}.")
    int requests;

    @Option(names = "--warmup", defaultValue = "1000", description = "Untimed reads before each run. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--concurrency", defaultValue = "4", description = "Readers at once. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--compare-threads", defaultValue = "2",
            description = {"Comparator threads. Default: ${DEFAULT-VALUE}.",
                    "Setting: graph2doc.read.compare.threads."})
    int compareThreads;

    @Option(names = "--load", defaultValue = "0.5", description = "Then SWAP_READS and COMPARE again with reads arriving "
            + "at this share of the rate Neo4j answered (GRAPH_ONLY) with --concurrency readers: the load COMPARE at 100%% "
            + "puts back on Neo4j (an open loop, each read timed from when it was due); 0 skips them. Default: ${DEFAULT-VALUE}.")
    double load;

    @Option(names = "--json", description = "Also write the figures and ratios to this file as JSON.")
    Path json;

    @Override
    public Integer call() throws Exception {
        ReadBenchOptions options = new ReadBenchOptions(devices, requests, warmup, concurrency, compareThreads, load);
        BenchContext.run("reads", Map.of(), (context, stores) -> {
            ReadBenchReport report = new ReadBenchmark(context, !stores.embedded()).run(options, System.out::println);
            report.lines().forEach(System.out::println);
            if (json != null) {
                Files.writeString(json, report.json());
                System.out.println("figures written to " + json);
            }
        });
        return 0;
    }
}
