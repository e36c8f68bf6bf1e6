package dev.graph2doc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ArgGroup;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the HTTP service (/health, /prometheus).",
                "With neither NEO4J_URI nor MONGODB_URI set it starts embedded Neo4j and MongoDB-wire servers in this "
                        + "process; --seed or --dataset FILE puts a graph into them first."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port; 0 picks a free one. Default: 8080 (micronaut.server.port).")
    Integer port;

    @Option(names = "--data-dir", description = "Keep the embedded stores' data in this folder (default: in memory).")
    Path dataDir;

    @Option(names = "--seed", description = "Seed the demo fleet graph into Neo4j before serving.")
    boolean seed;

    @Option(names = "--dataset", description = {"Load this Cypher file (statements ending in ';', as cypher-shell -f reads"
            + " them) into the embedded Neo4j before serving, for example migrations/movies.cypher; its tenants come from its data."})
    Path dataset;

    @Option(names = "--mapping", description = {"The mapping to serve, for example migrations/movies.yaml (the"
            + " graph2doc.mapping setting). Default: GRAPH2DOC_MAPPING, else migrations/fleet.yaml."})
    Path mapping;

    @Option(names = "--insecure-dev", description = {"Development only: authentication off, every endpoint open.",
            "Same as graph2doc.security.insecure-dev=true. Without tokens, serving real stores needs it."})
    boolean insecureDev;

    @Mixin
    FleetOptions fleet;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> properties = new HashMap<>();
        if (port != null) {
            properties.put("micronaut.server.port", port);
        }
        if (dataDir != null) {
            properties.put("graph2doc.embedded.data-dir", dataDir.toString());
        }
        if (insecureDev) {
            properties.put("graph2doc.security.insecure-dev", true);
        }
        if (mapping != null) {
            properties.put("graph2doc.mapping", mapping.toString());
        }
        RunningService service = RunningService.start(properties, startingGraph(properties), System.out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service), "graph2doc-shutdown"));
        System.out.println("graph2doc is serving on " + service.uri() + " — health: " + service.uri()
                + "/health, metrics: " + service.uri() + "/prometheus. Ctrl-C stops it.");
        return 0;
    }

    /** @throws IllegalArgumentException naming every option that cannot be used, before anything starts (exit 2) */
    private StartingGraph startingGraph(Map<String, Object> properties) {
        List<String> problems = new ArrayList<>();
        unreadable("--mapping", mapping).ifPresent(problems::add);
        if (dataset != null) {
            unreadable("--dataset", dataset).ifPresent(problems::add);
            if (seed) {
                problems.add("--seed and --dataset = '" + dataset + "' both give the graph to serve: pass one of them");
            }
            if (ApplicationContexts.namesRealStores(properties)) {
                problems.add("--dataset = '" + dataset + "' is loaded into the embedded Neo4j only, and NEO4J_URI or"
                        + " MONGODB_URI names real servers: load the file there with cypher-shell -f and serve without"
                        + " --dataset, or unset both to try it on embedded stores");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
        if (dataset != null) {
            return new StartingGraph.Dataset(dataset);
        }
        return StartingGraph.of(seed ? Optional.of(fleet.spec()) : Optional.empty());
    }

    private static Optional<String> unreadable(String option, Path file) {
        if (file == null || (Files.isRegularFile(file) && Files.isReadable(file))) {
            return Optional.empty();
        }
        return Optional.of(option + " = '" + file + "' is not a readable file");
    }

    /** Says that it stops and when it has, so that a stop never looks like a hang. */
    private static void stop(RunningService service) {
        long began = System.nanoTime();
        System.out.println("graph2doc is stopping: HTTP, workers and stores");
        service.close();
        System.out.println("graph2doc stopped in " + (System.nanoTime() - began) / 1_000_000 + " ms");
    }

    /** After a successful {@code serve}, the JVM lives on in the server's threads until it is stopped. */
    static boolean keepsRunning(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        return args.length > 0 && args[0].equals("serve");
    }
}
