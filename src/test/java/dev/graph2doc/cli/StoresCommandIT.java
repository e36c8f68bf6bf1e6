package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import dev.graph2doc.store.mongo.MongoConnector;
import dev.graph2doc.store.neo4j.Neo4jConnector;
import dev.graph2doc.testing.CommandRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** {@code graph2doc stores}: the embedded stores in a process of their own, reachable by the URIs it prints. */
@Timeout(180) // a start-up that never prints "stores ready" must fail the test, not hang the build
class StoresCommandIT {

    private static final Duration CONNECT = Duration.ofSeconds(10);

    @Test
    void shouldServeBothStoresAtThePrintedUrisAndStopOnSigtermWhenStarted() throws Exception {
        Process process = new ProcessBuilder(CommandRun.command("stores")).redirectErrorStream(true).start();
        try {
            Map<String, String> printed = awaitReady(process, new ArrayList<>());
            assertThat(printed).containsOnlyKeys("NEO4J_URI", "MONGODB_URI");
            try (Driver neo4j = Neo4jConnector.connect(printed.get("NEO4J_URI"), "neo4j", null, CONNECT);
                 Session session = neo4j.session()) {
                session.run("CREATE (:StoresCommandProbe {n: 1})").consume();
                assertThat(session.run("MATCH (p:StoresCommandProbe) RETURN count(p) AS c").single().get("c").asLong())
                        .isEqualTo(1);
            }
            try (MongoClient mongo = MongoConnector.connect(printed.get("MONGODB_URI"), CONNECT)) {
                mongo.getDatabase("probe").getCollection("c").insertOne(new Document("_id", "k"));
                assertThat(mongo.getDatabase("probe").getCollection("c").countDocuments()).isEqualTo(1);
            }
            process.destroy(); // SIGTERM, as Ctrl-C or a service manager would stop it
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s of SIGTERM").isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void shouldStartOnlyMongodbAndPrintNoLoggingStatusWhenOnlyItIsAskedFor() throws Exception {
        Process process = new ProcessBuilder(CommandRun.command("stores", "--only", "mongodb")).start();
        try {
            List<String> other = new ArrayList<>();
            assertThat(awaitReady(process, other)).containsOnlyKeys("MONGODB_URI");
            // logback dumps its configuration status on stdout when its configuration warns (e.g. an unused appender)
            assertThat(other).as("stdout besides the URIs").noneMatch(l -> l.contains("ch.qos.logback"));
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void shouldPrintWhatItLoadedAndServeItWhenGivenADataset() throws Exception {
        Process process = new ProcessBuilder(CommandRun.command("stores", "--only", "neo4j", "--dataset",
                "migrations/movies.cypher")).start();
        try {
            List<String> other = new ArrayList<>();
            Map<String, String> printed = awaitReady(process, other);
            assertThat(other).contains("loaded migrations/movies.cypher (5 statements): 171 nodes (Movie 38, Person 133),"
                    + " 253 relationships (ACTED_IN 172, DIRECTED 44, FOLLOWS 3, PRODUCED 15, REVIEWED 9, WROTE 10)");
            try (Driver neo4j = Neo4jConnector.connect(printed.get("NEO4J_URI"), "neo4j", null, CONNECT);
                 Session session = neo4j.session()) {
                assertThat(session.run("MATCH (m:Movie {title: 'The Matrix'})<-[:ACTED_IN]-(p) RETURN count(p) AS c")
                        .single().get("c").asLong()).isEqualTo(5);
            }
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void shouldExitWithTwoAndStartNothingWhenTheDatasetComesWithOnlyMongodb() throws Exception {
        CommandRun run = CommandRun.run(Map.of(), Duration.ofSeconds(60), "stores", "--only", "mongodb", "--dataset",
                "migrations/movies.cypher");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().isEqualTo("graph2doc: --dataset = 'migrations/movies.cypher'"
                + " is loaded into Neo4j, and --only mongodb starts no Neo4j: drop --only, or pass --only neo4j.");
        assertThat(run.stdout()).doesNotContain("MONGODB_URI");
    }

    @Test
    void shouldExitWithTwoNamingTheValueWhenTheStoreIsUnknown() throws Exception {
        CommandRun run = CommandRun.run(Map.of(), Duration.ofSeconds(60), "stores", "--only", "redis");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("redis").contains("neo4j, mongodb, both");
    }

    /** The URI lines printed before "stores ready"; the process's other lines go to {@code other}. */
    private static Map<String, String> awaitReady(Process process, List<String> other) throws IOException {
        Map<String, String> printed = new LinkedHashMap<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals("stores ready")) {
                return printed;
            }
            if (line.matches("(NEO4J|MONGODB)_URI=.*")) {
                printed.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            } else {
                other.add(line);
            }
        }
        throw new AssertionError("stores ended before it was ready; it printed " + printed);
    }
}
