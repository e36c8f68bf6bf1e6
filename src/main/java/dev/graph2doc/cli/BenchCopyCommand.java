package dev.graph2doc.cli;

import dev.graph2doc.bench.BenchOptions;
import dev.graph2doc.bench.BenchReport;
import dev.graph2doc.bench.CopyBenchmark;
import dev.graph2doc.wiring.StoreConnections;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Measures the copy against reading and writing alone.",
                "Seeds a one-tenant fleet graph ('acme', --nodes devices, so --nodes bins: the measured roots) and "
                        + "measures in one run: the renderer's reads alone, MongoDB insertMany alone, the pipelined "
                        + "copy, and a naive copy (one query and one write per root) on a sample. Prints documents/s, "
                        + "peak heap and the ratios copy_time / max(read_time, write_time) (target <= 1.25) and "
                        + "naive/copy time per document (target >= 20).",
                "Without NEO4J_URI and MONGODB_URI it starts embedded stores in this process. On real servers it "
                        + "seeds tenant 'acme' into Neo4j (refusing if that tenant exists), writes only into MongoDB "
                        + "databases named bench_copy_*, and removes both at the end; any bench_copy_* database found "
                        + "at the start is dropped."})
final class BenchCopyCommand implements Callable<Integer> {

    @Option(names = "--nodes", defaultValue = "100000", description = "Root nodes (bins) to seed and copy. Default: ${DEFAULT-VALUE}.")
    int nodes;

    @Option(names = "--sample", defaultValue = "10000", description = "Roots the naive copy copies. Default: ${DEFAULT-VALUE}.")
    int sample;

    @Option(names = "--chunk-size", defaultValue = "1000", description = "Roots per read and per write. Default: ${DEFAULT-VALUE}.")
    int chunkSize;

    @Option(names = "--data-dir", description = "Keep the embedded stores on disk in this folder (MongoDB-wire server "
            + "in an H2 file instead of the heap); the seeded graph is removed at the end.")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        BenchOptions options = new BenchOptions(nodes, sample, chunkSize);
        Map<String, Object> properties = new HashMap<>();
        if (dataDir != null) {
            properties.put("graph2doc.embedded.data-dir", dataDir.toString());
        }
        try (ApplicationContext context = ApplicationContexts.start(properties)) {
            StoreConnections stores = context.getBean(StoreConnections.class);
            System.out.println(stores.describe());
            Path mapping = Path.of(context.getProperty("graph2doc.mapping", String.class).orElse("migrations/fleet.yaml"));
            boolean storesOutliveUs = !stores.embedded() || dataDir != null;
            BenchReport report = new CopyBenchmark(stores.neo4j(), stores.mongo(), mapping, storesOutliveUs)
                    .run(options, System.out::println);
            report.lines().forEach(System.out::println);
        }
        return 0;
    }
}
