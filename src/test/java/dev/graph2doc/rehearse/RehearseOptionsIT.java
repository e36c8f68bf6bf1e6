package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.testing.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code rehearse}: one clear message naming each bad option and value, exit 2, nothing started. */
class RehearseOptionsIT {

    @Test
    void shouldNameEveryBadOptionAndStartNothingWhenTheOptionsAreBad(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        CommandRun run = CommandRun.run(Map.of("GRAPH2DOC_MAPPING", dir.resolve("missing.yaml").toString()),
                Duration.ofSeconds(60), "rehearse", "--tenants", "0", "--devices", "-3", "--duration", "soon",
                "--faults", "maybe", "--report", notAFolder.resolve("out").toString());

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().startsWith("graph2doc: ")
                .contains("--tenants = 0 must be between 1 and 10")
                .contains("--devices = -3 must be between 4 and 100000")
                .contains("--duration = 'soon' is not a duration")
                .contains("--faults = 'maybe' must be on, off or chaos")
                .contains("--report = '" + notAFolder.resolve("out") + "' cannot be created")
                .contains("missing.yaml' is not a readable file");
        assertThat(run.stdout()).as("nothing started").doesNotContain("stores:");
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void shouldNameTheUnknownFlagWhenOneIsGiven() throws Exception {
        CommandRun run = CommandRun.run(Map.of(), Duration.ofSeconds(60), "rehearse", "--tenant", "2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("Unknown options: '--tenant', '2'").contains("Possible solutions: --tenants");
        assertThat(run.stdout()).doesNotContain("stores:");
    }

    @Test
    void shouldNameTheUnreadableMappingAndDatasetAndStartNothingWhenGivenOnes(@TempDir Path dir) throws Exception {
        CommandRun run = CommandRun.run(Map.of(), Duration.ofSeconds(60), "rehearse", "--mapping",
                dir.resolve("nope.yaml").toString(), "--dataset", dir.toString(), "--report", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .isEqualTo("graph2doc: --dataset = '" + dir + "' is not a readable file; --mapping = '"
                        + dir.resolve("nope.yaml") + "' is not a readable file.");
        assertThat(run.stdout()).as("nothing started").doesNotContain("stores:");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void shouldExitTwoNamingTheStatementAndItsLineAndStartNoInstanceWhenTheDatasetHasABadThirdStatement(@TempDir Path dir)
            throws Exception {
        Path dataset = Files.writeString(dir.resolve("bad.cypher"), """
                CREATE (:Movie {title: 'One'});
                CREATE (:Person {name: 'Ann'});

                // the third statement creates and references s in one clause
                CREATE (s:Site {id: 's'})-[:X]->(s:Site);
                CREATE (:Movie {title: 'Never'});
                """);

        CommandRun run = CommandRun.run(Map.of(), Duration.ofSeconds(120), "rehearse", "--mapping", "migrations/movies.yaml",
                "--dataset", dataset.toString(), "--report", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(2);
        // the embedded stores' JVM warnings may come first on stderr
        assertThat(run.errorLines()).filteredOn(l -> l.startsWith("graph2doc: ")).singleElement().asString()
                .startsWith("graph2doc: --dataset = '" + dataset + "': statement 3 (line 5: `CREATE (s:Site {id: 's'})-[:X]->(s:Site)`) failed: ")
                .contains("Neo.ClientError.")
                .contains("No graph2doc instance was started (2 statement(s) before it ran)")
                .contains("fix that statement in the file and rehearse again");
        assertThat(run.stdout()).as("no instance, no load").doesNotContain("instance(s) serving").doesNotContain("load started");
        assertThat(dir.resolve("out").resolve("graph2doc-a.log")).doesNotExist();
        assertThat(run.hasStackTrace()).isFalse();
    }
}
