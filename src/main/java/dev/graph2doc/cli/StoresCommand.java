package dev.graph2doc.cli;

import dev.graph2doc.embedded.EmbeddedMongo;
import dev.graph2doc.dataset.DatasetLoader;
import dev.graph2doc.embedded.EmbeddedNeo4j;
import dev.graph2doc.store.neo4j.Neo4jConnector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import org.neo4j.driver.Driver;
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
                        + "export the two lines printed, then run the benchmark in another shell.",
                "With --dataset FILE it loads a Cypher file into the Neo4j first and prints what it loaded."})
final class StoresCommand implements Callable<Integer> {

    enum Store { neo4j, mongodb, both }

    private static final DatasetLoader LOADER = new DatasetLoader("The stores were stopped", "run stores again");

    @Option(names = "--only", defaultValue = "both", description = "Which store to start: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Store only;

    @Option(names = "--dataset", description = "Load this Cypher file (statements ending in ';') into the embedded Neo4j"
            + " before saying 'stores ready', for example migrations/movies.cypher.")
    Path dataset;

    @Override
    public Integer call() throws InterruptedException {
        requireLoadable();
        List<AutoCloseable> started = new ArrayList<>();
        if (only != Store.mongodb) {
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(null);
            started.add(neo4j);
            System.out.println("NEO4J_URI=" + neo4j.boltUri());
            load(neo4j, started);
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

    /** @throws IllegalArgumentException before anything starts (exit 2) when the dataset cannot be loaded */
    private void requireLoadable() {
        if (dataset == null) {
            return;
        }
        if (only == Store.mongodb) {
            throw new IllegalArgumentException("--dataset = '" + dataset + "' is loaded into Neo4j, and --only mongodb starts"
                    + " no Neo4j: drop --only, or pass --only neo4j.");
        }
        if (!Files.isRegularFile(dataset) || !Files.isReadable(dataset)) {
            throw new IllegalArgumentException("--dataset = '" + dataset + "' is not a readable file.");
        }
    }

    /** Loads the dataset, if any, and says what it loaded; a refused statement stops the stores (exit 1). */
    private void load(EmbeddedNeo4j neo4j, List<AutoCloseable> started) {
        if (dataset == null) {
            return;
        }
        try (Driver driver = Neo4jConnector.connect(neo4j.boltUri().toString(), "neo4j", null, Duration.ofSeconds(30))) {
            System.out.println(LOADER.loadCounted(driver, dataset).summary());
        } catch (IOException | RuntimeException e) {
            started.forEach(StoresCommand::closeQuietly);
            String why = e instanceof IOException ? "--dataset = '" + dataset + "' cannot be read: " + e.getMessage() : e.getMessage();
            throw new ServiceStartupException(why, e);
        }
    }

    private static void closeQuietly(AutoCloseable store) {
        try {
            store.close();
        } catch (Exception ignored) {
            // the process is ending: the other store must still be closed
        }
    }
}
