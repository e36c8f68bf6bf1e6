package dev.graph2doc.cli;

import java.nio.file.Path;
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
                "With no NEO4J_URI/MONGODB_URI it starts embedded Neo4j and MongoDB-wire servers in this process."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port; 0 picks a free one. Default: 8080 (micronaut.server.port).")
    Integer port;

    @Option(names = "--data-dir", description = "Keep the embedded stores' data in this folder (default: in memory).")
    Path dataDir;

    @Option(names = "--seed", description = "Seed the demo fleet graph into Neo4j before serving.")
    boolean seed;

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
        RunningService service = RunningService.start(properties, seed ? Optional.of(fleet.spec()) : Optional.empty(),
                System.out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service), "graph2doc-shutdown"));
        System.out.println("graph2doc is serving on " + service.uri() + " — health: " + service.uri()
                + "/health, metrics: " + service.uri() + "/prometheus. Ctrl-C stops it.");
        return 0;
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
