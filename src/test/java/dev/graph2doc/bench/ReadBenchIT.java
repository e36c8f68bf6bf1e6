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

/** {@code bench reads} run in-process on tiny sizes: every run and every ratio are printed; values are not judged. */
@ExtendWith(StoresExtension.class)
class ReadBenchIT {

    private static final String NUMBER = "\\d+(\\.\\d+)?";

    @Test
    void shouldPrintClosedAndOpenLoopRunsAndEveryRatioAndRemoveItsDataWhenRunOnATinyFleet(TestStores stores,
                                                                                        @TempDir Path dir)
            throws IOException {
        stores.clear();
        Path json = dir.resolve("reads.json");

        CommandRun run = CommandRun.against(stores, "bench", "reads", "--devices", "30", "--requests", "60", "--warmup", "10",
                "--concurrency", "2", "--load", "0.5", "--json", json.toString());

        assertThat(run.exit()).as(run.out()).isZero();
        for (String row : List.of("GRAPH_ONLY (Neo4j serves)", "SWAP_READS (MongoDB, 0% compared)",
                "COMPARE (MongoDB, 100% compared)", "SWAP_READS, open loop", "COMPARE, open loop")) {
            assertThat(run.lines()).as(row).anyMatch(l -> l.matches("\\Q" + row + "\\E\\s+60\\s+" + NUMBER + "\\s+"
                    + NUMBER + "\\s+" + NUMBER + "\\s+.*"));
        }
        assertThat(run.lines())
                .anyMatch(l -> l.matches("COMPARE p99 / SWAP_READS p99, closed loop = " + NUMBER
                        + " \\(target <= 1\\.15\\): (met|NOT met)"))
                .anyMatch(l -> l.matches("COMPARE p99 / SWAP_READS p99, open loop at \\d+ reads/s = " + NUMBER
                        + " \\(target <= 1\\.15\\): (met|NOT met)"))
                .anyMatch(l -> l.matches("verification " + NUMBER + " s / copy " + NUMBER + " s = " + NUMBER
                        + " \\(target <= 1\\.0\\): (met|NOT met)"))
                .anyMatch(l -> l.matches("COMPARE, open loop\\s+60 .* match=\\d+.*"));
        assertThat(run.out()).doesNotContain("failed:");
        assertThat(Files.readString(json)).contains("\"name\":\"COMPARE, open loop\",\"reads\":60", "\"openLoopCompareRatio\": ");
        assertThat(new Neo4jFleetGraphStore(stores.neo4j()).hasTenant("acme")).isFalse();
        assertThat(stores.mongo().listDatabaseNames().into(new ArrayList<>())).doesNotContain("fleet_acme");
        // its control database too: a second run on the same servers must not find this run's phases and copy states
        assertThat(stores.mongo().listDatabaseNames().into(new ArrayList<>())).noneMatch(d -> d.startsWith("bench_"));
    }

    @Test
    void shouldExitWithTwoNamingTheValueWhenTheLoadIsOutOfRange() {
        CommandRun run = CommandRun.with(Map.of(), "bench", "reads", "--load", "1.5");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("graph2doc: --load = 1.5 must be 0..1 (a share of what Neo4j answers in a closed loop).");
    }
}
