package dev.graph2doc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.cli.Graph2doc;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The benchmark's logic on a tiny graph: every phase and both ratios are there; their values are not judged here. */
@ExtendWith(StoresExtension.class)
class CopyBenchIT {

    private static final Path FLEET = Path.of("migrations/fleet.yaml");

    private TestStores stores;

    @BeforeEach
    void empty(TestStores stores) {
        this.stores = stores;
        stores.clear();
    }

    @Test
    void shouldReportEveryPhaseAndBothRatiosAndRemoveItsDataWhenRunOnATinyGraph() throws InterruptedException {
        List<String> progress = new ArrayList<>();
        String otherBench = "bench_reads_control_0a1b2c3d"; // a read benchmark running beside it on the same server
        stores.mongo().getDatabase(otherBench).getCollection("copy_partitions").insertOne(new org.bson.Document("_id", 1));

        BenchReport report = new CopyBenchmark(stores.neo4j(), stores.mongo(), FLEET, true)
                .run(new BenchOptions(500, 100, 100), progress::add);

        assertThat(report.phases()).extracting(PhaseResult::documents).containsExactly(500L, 500L, 500L, 500L, 100L);
        assertThat(report.phases()).allSatisfy(p -> {
            assertThat(p.documentsPerSecond()).as(p.name()).isPositive();
            assertThat(p.peakHeapBytes()).as(p.name()).isPositive();
        });
        assertThat(report.pipelineRatio()).isPositive().isFinite();
        assertThat(report.naiveSpeedup()).isPositive().isFinite();
        assertThat(report.lines()).anyMatch(l -> l.startsWith("copy_time / max(read_time, write_time) = "))
                .anyMatch(l -> l.startsWith("naive / copy time per document"));
        assertThat(progress).first().asString().startsWith("seeded 1 tenant(s) [acme]");
        assertThat(stores.mongo().listDatabaseNames().into(new ArrayList<>())).as("its own databases gone, no other")
                .noneMatch(n -> n.startsWith("bench_copy_")).contains(otherBench);
        assertThat(new Neo4jFleetGraphStore(stores.neo4j()).hasTenant("acme")).isFalse();
    }

    @Test
    void shouldRefuseWhenTheGraphAlreadyHoldsTheBenchTenant() {
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 5, 0, 1L), m -> { });

        assertThatThrownBy(() -> new CopyBenchmark(stores.neo4j(), stores.mongo(), FLEET, true)
                .run(new BenchOptions(10, 5, 5), line -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the graph already holds tenant 'acme'");
        assertThat(new Neo4jFleetGraphStore(stores.neo4j()).count("acme").nodes().get("Bin")).isEqualTo(5L);
    }

    @Test
    void shouldExitWithTwoNamingTheValueWhenNodesIsZeroOrSampleNegative() {
        assertThat(runCapturingErr("bench", "copy", "--nodes", "0")).isEqualTo(
                new Exit(2, "graph2doc: --nodes = 0 must be 1 or more."));
        assertThat(runCapturingErr("bench", "copy", "--sample", "-3")).isEqualTo(
                new Exit(2, "graph2doc: --sample = -3 must be 1 or more."));
    }

    record Exit(int code, String err) {
    }

    private static Exit runCapturingErr(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Graph2doc.run(args);
            return new Exit(code, err.toString(StandardCharsets.UTF_8).strip());
        } finally {
            System.setErr(original);
        }
    }
}
