package dev.graph2doc.cli;

import dev.graph2doc.embedded.EmbeddedMongo;
import dev.graph2doc.embedded.EmbeddedNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The embedded stores on their own, in this process, for another graph2doc process (or any client) to use through
 * {@code NEO4J_URI}/{@code MONGODB_URI}: the stores then have their own JVM, heap and collector, as real servers would.
 */
@Command(name = "stores", mixinStandardHelpOptions = true,
        description = {"Runs the embedded stores on their own and prints their URIs.",
                "Starts them in this process and prints, one per line, NEO4J_URI=... and MONGODB_URI=... (in memory; "
                        + "gone when the process ends). Runs until stopped (Ctrl-C or SIGTERM).",
                "Use it to give the stores a JVM of their own (heap, collector, threads), for example for 'bench': "
                        + "export the two lines printed, then run the benchmark in another shell."})
final class StoresCommand implements Callable<Integer> {

    enum Store { neo4j, mongodb, both }

    @Option(names = "--only", defaultValue = "both", description = "Which store to start: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Store only;

    @Override
    public Integer call() throws InterruptedException {
        List<AutoCloseable> started = new ArrayList<>();
        if (only != Store.mongodb) {
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(null);
            started.add(neo4j);
            System.out.println("NEO4J_URI=" + neo4j.boltUri());
        }
        if (only != Store.neo4j) {
            EmbeddedMongo mongo = EmbeddedMongo.start(null);
            started.add(mongo);
            System.out.println("MONGODB_URI=" + mongo.uri());
        }
        System.out.println("stores ready");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.forEach(StoresCommand::closeQuietly);
            stopped.countDown();
        }, "graph2doc-stores-shutdown"));
        stopped.await();
        return 0;
    }

    private static void closeQuietly(AutoCloseable store) {
        try {
            store.close();
        } catch (Exception ignored) {
            // the process is ending: the other store must still be closed
        }
    }
}
