package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.store.mongo.MongoConnector;
import dev.graph2doc.testing.CommandRun;
import dev.graph2doc.testing.ServiceProcess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Try it on your own graph": {@code serve --dataset FILE --mapping FILE} loads the file, then serves its tenants. */
class ServeDatasetIT {

    private static final Path MOVIES = Path.of("migrations", "movies.cypher");
    private static final Path MAPPING = Path.of("migrations", "movies.yaml");

    @Test
    void shouldFindTheMoviesInMongoDbWhenServeLoadedTheMoviesDatasetAndACopyRanThroughTheApi() throws Exception {
        String output;
        String mongoUri;
        try (ServiceProcess service = ServiceProcess.serve(Map.of(), Duration.ofSeconds(180),
                List.of("--dataset", MOVIES.toString(), "--mapping", MAPPING.toString()))) {
            output = service.output();
            mongoUri = service.printed("mongodb=(mongodb://\\S+) \\(embedded\\)");
            HttpResponse<String> started = service.startCopy();
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            service.awaitCopyComplete(Duration.ofSeconds(90));
            assertMoviesInMongoDb(mongoUri);
        }
        assertThat(output.lines()).as(output)
                .contains("loaded " + MOVIES + " (5 statements): 171 nodes (Movie 38, Person 133), 253 relationships"
                        + " (ACTED_IN 172, DIRECTED 44, FOLLOWS 3, PRODUCED 15, REVIEWED 9, WROTE 10)")
                .contains("tenants: movies (the mapping's fixed tenant)")
                .anyMatch(l -> l.startsWith("mapping: ") && l.contains("movies.yaml (2 collections)"))
                .anyMatch(l -> l.matches("tenant key movies: \\S+"))
                .noneMatch(l -> l.startsWith("tenant key acme"));
    }

    private static void assertMoviesInMongoDb(String mongoUri) throws Exception {
        String database = MappingLoader.parse(Files.readString(MAPPING), MAPPING.toString()).target().databaseFor("movies");
        try (MongoClient mongo = MongoConnector.connect(mongoUri, Duration.ofSeconds(10))) {
            MongoDatabase movies = mongo.getDatabase(database);
            assertThat(movies.getCollection("movies").countDocuments()).isEqualTo(38);
            assertThat(movies.getCollection("people").countDocuments()).isEqualTo(133);
            Document matrix = movies.getCollection("movies").find(Filters.eq("title", "The Matrix")).first();
            assertThat(matrix).as("The Matrix in " + database + ".movies").isNotNull();
            assertThat(matrix.getList("cast", Document.class)).extracting(d -> d.getString("name"))
                    .containsExactlyInAnyOrder("Keanu Reeves", "Carrie-Anne Moss", "Laurence Fishburne", "Hugo Weaving",
                            "Emil Eifrem");
        }
    }

    @Test
    void shouldExitOneNamingTheStatementAndItsLineAndServeNothingWhenTheDatasetHasABadThirdStatement(@TempDir Path dir)
            throws Exception {
        Path dataset = Files.writeString(dir.resolve("bad.cypher"), """
                CREATE (:Movie {title: 'One'});
                CREATE (:Person {name: 'Ann'});

                // the third statement creates and references s in one clause
                CREATE (s:Site {id: 's'})-[:X]->(s:Site);
                CREATE (:Movie {title: 'Never'});
                """);

        CommandRun run = CommandRun.run(Map.of(), Duration.ofSeconds(120), "serve", "--port", "0",
                "--dataset", dataset.toString(), "--mapping", MAPPING.toString());

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(1);
        assertThat(run.errorLines()).filteredOn(l -> l.startsWith("graph2doc: ")).singleElement().asString()
                .startsWith("graph2doc: --dataset = '" + dataset + "': statement 3 (line 5: `CREATE (s:Site {id: 's'})-[:X]->(s:Site)`) failed: ")
                .contains("Neo.ClientError.")
                .contains("Nothing was served (2 statement(s) before it ran)")
                .endsWith("fix that statement in the file and run serve again");
        assertThat(run.stdout()).doesNotContain("is serving on").doesNotContain("operator token");
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void shouldRefuseInOneSentenceAndStartNothingWhenTheDatasetComesWithSeed() throws Exception {
        CommandRun run = CommandRun.run(Map.of(), Duration.ofSeconds(60), "serve", "--port", "0", "--seed",
                "--dataset", MOVIES.toString());

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().isEqualTo("graph2doc: --seed and --dataset = '" + MOVIES
                + "' both give the graph to serve: pass one of them.");
        assertThat(run.stdout()).doesNotContain("stores:");
    }

    @Test
    void shouldRefuseInOneSentenceAndConnectToNothingWhenTheDatasetComesWithRealStores() throws Exception {
        // nothing listens there: a refusal that connected first would fail differently
        CommandRun run = CommandRun.run(Map.of("NEO4J_URI", "bolt://127.0.0.1:1", "MONGODB_URI", "mongodb://127.0.0.1:1"),
                Duration.ofSeconds(60), "serve", "--port", "0", "--dataset", MOVIES.toString(), "--mapping", MAPPING.toString());

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().isEqualTo("graph2doc: --dataset = '" + MOVIES
                + "' is loaded into the embedded Neo4j only, and NEO4J_URI or MONGODB_URI names real servers: load the"
                + " file there with cypher-shell -f and serve without --dataset, or unset both to try it on embedded stores.");
        assertThat(run.stdout()).doesNotContain("stores:");
    }

    @Test
    void shouldExitOneAndLoadNothingTwiceWhenTheDataDirAlreadyHoldsAGraph(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        CommandRun seeded = CommandRun.run(Map.of(), Duration.ofSeconds(120), "seed", "--data-dir", data.toString(),
                "--tenants", "1", "--devices", "4", "--readings-per-device", "1");
        assertThat(seeded.exitCode()).as(seeded.stdout() + seeded.stderr()).isZero();

        CommandRun run = CommandRun.run(Map.of(), Duration.ofSeconds(120), "serve", "--port", "0", "--data-dir",
                data.toString(), "--dataset", MOVIES.toString(), "--mapping", MAPPING.toString());

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(1);
        assertThat(run.errorLines()).filteredOn(l -> l.startsWith("graph2doc: ")).singleElement().asString()
                .matches("graph2doc: --dataset = '" + Pattern.quote(MOVIES.toString()) + "': the embedded Neo4j in"
                        + " --data-dir '" + Pattern.quote(data.toString()) + "' already holds \\d+ nodes, and loading the"
                        + " file again would add them twice: serve without --dataset to serve what it holds, or give an"
                        + " empty --data-dir\\.");
        assertThat(run.stdout()).doesNotContain("loaded ").doesNotContain("is serving on");
    }
}
