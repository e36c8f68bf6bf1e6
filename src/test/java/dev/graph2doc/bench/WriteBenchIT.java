package dev.graph2doc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench writes} run in-process on tiny sizes: every run and both ratios are printed; values are not judged. */
@ExtendWith(StoresExtension.class)
class WriteBenchIT {

    private static final String NUMBER = "\\d+(\\.\\d+)?";
    private static final List<String> ROWS = List.of("raw neo4j", "raw mongodb", "GRAPH_ONLY", "FORK_WRITES",
            "FORK_WRITES, breaker open", "UNFORKED");

    @Test
    void shouldPrintEveryRunAndBothRatiosAndRemoveItsDataWhenRunOnATinyFleet(TestStores stores, @TempDir Path dir)
            throws IOException {
        stores.clear();
        Path json = dir.resolve("writes.json");

        CommandRun run = CommandRun.against(stores, "bench", "writes", "--devices", "20", "--requests", "40", "--warmup", "5",
                "--concurrency", "3", "--rounds", "3", "--json", json.toString());

        assertThat(run.exit()).as(run.out()).isZero();
        for (String row : ROWS) {
            assertThat(run.lines()).as(row).anyMatch(l -> l.matches("\\Q" + row + "\\E\\s+40\\s+" + NUMBER + "\\s+"
                    + NUMBER + "\\s+" + NUMBER + "\\s+.*"));
        }
        assertThat(run.lines()).anyMatch(l -> l.matches("FORK_WRITES p50 / \\(raw Neo4j \\+ raw MongoDB\\) = " + NUMBER
                        + " \\(target <= 1\\.2\\): (met|NOT met)"))
                .anyMatch(l -> l.matches("breaker open p50 / GRAPH_ONLY p50 = " + NUMBER + " \\(target <= 1\\.1\\): (met|NOT met)"))
                .anyMatch(l -> l.matches("outbox after breaker open: (\\d+) documents; \\1 re-rendered .*; 0 left"))
                .anyMatch(l -> l.matches("round 3/3 p50 ms: raw neo4j " + NUMBER + ", .*; ratios " + NUMBER + " and " + NUMBER))
                .anyMatch(l -> l.matches("the ratios round by round: FORK_WRITES (" + NUMBER + " ){3}\\(median " + NUMBER
                        + "\\); breaker open (" + NUMBER + " ){3}\\(median " + NUMBER + "\\)"));
        assertThat(run.out()).doesNotContain("FAILED", "failed:");
        assertThat(Files.readString(json)).contains("\"name\":\"UNFORKED\",\"batches\":40", "\"forkRatio\":");
        for (String tenant : List.of("acme", "globex", "initech", "umbrella")) { // the graph's, and one per writer
            assertThat(new Neo4jFleetGraphStore(stores.neo4j()).hasTenant(tenant)).as(tenant).isFalse();
            assertThat(stores.mongo().listDatabaseNames().into(new ArrayList<>())).doesNotContain("fleet_" + tenant);
        }
        // its control database too: a second run on the same servers must not find this run's phases and copy states
        assertThat(stores.mongo().listDatabaseNames().into(new ArrayList<>())).noneMatch(d -> d.startsWith("bench_"));
    }

    @Test
    void shouldExitWithTwoNamingTheValueWhenAnOptionIsOutOfRange() {
        CommandRun run = CommandRun.with(Map.of(), "bench", "writes", "--requests", "0", "--concurrency", "65");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("graph2doc: --requests = 0 must be 1 or more; --concurrency = 65 must be 1..64.");
    }
}
