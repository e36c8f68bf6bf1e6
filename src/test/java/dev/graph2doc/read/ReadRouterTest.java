package dev.graph2doc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Target;
import dev.graph2doc.mapping.Tenancy;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.shadow.ComparisonResult;
import dev.graph2doc.read.shadow.FakeSource;
import dev.graph2doc.read.shadow.ShadowComparator;
import dev.graph2doc.read.shadow.ShadowListener;
import dev.graph2doc.read.shadow.ShadowSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadRouterTest {

    private static final CollectionMapping DEVICES = new CollectionMapping("devices", "Device", "id", Fields.ALL,
            List.of(), List.of(), List.of());
    private static final Mapping MAPPING = Mapping.of("test", Tenancy.fixed("t"), new Target(Layout.DATABASE_PER_TENANT,
            "t_", null), List.of(DEVICES));

    private final FakeSource graph = new FakeSource("neo4j").put("d-1", 1, Map.of("model", "X"));
    private final FakeSource mongo = new FakeSource("mongodb").put("d-1", 1, Map.of("model", "X"));
    private final BlockingQueue<ComparisonResult> compared = new LinkedBlockingQueue<>();
    private final ShadowComparator comparator = new ShadowComparator(new DocumentDiff(MAPPING, List.of()),
            new ShadowSettings(Map.of(Phase.FORK_WRITES, 1.0, Phase.SWAP_READS, 1.0, Phase.COMPARE, 1.0,
                    Phase.GRAPH_ONLY, 1.0, Phase.COPY, 1.0, Phase.UNFORKED, 1.0), 1, 10, Duration.ofSeconds(1),
                    Duration.ZERO, false, List.of(), 100),
            new ShadowListener() {
                @Override
                public void compared(ComparisonResult result) {
                    compared.add(result);
                }
            }, () -> 0.0);

    @AfterEach
    void close() {
        comparator.close();
    }

    private ReadRouter router(Phase phase) {
        return new ReadRouter(t -> phase, graph, mongo, comparator, false, ReadMetrics.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GRAPH_ONLY, neo4j, ", "COPY, neo4j, ", "FORK_WRITES, neo4j, mongodb", "SWAP_READS, mongodb, neo4j",
            "COMPARE, mongodb, neo4j", "UNFORKED, mongodb, "})
    void shouldServeFromThePhasesStoreAndCompareOnlyWhileBothAreWritten(Phase phase, String control, String candidate)
            throws Exception {
        assertThat(router(phase).get("t", DEVICES, "d-1")).isPresent();

        assertThat((control.equals("neo4j") ? graph : mongo).reads.get()).isEqualTo(1);
        ComparisonResult r = compared.poll(candidate == null ? 200 : 5000, TimeUnit.MILLISECONDS);
        if (candidate == null) {
            assertThat(r).as("no candidate in " + phase).isNull();
        } else {
            assertThat(r.controlStore()).isEqualTo(control);
            assertThat(r.candidateStore()).isEqualTo(candidate);
        }
    }

    @Test
    void shouldAnswerUnavailableNamingTheStoreWhenTheServingStoreFails() {
        mongo.failure = new IllegalStateException("connection refused");
        assertThatThrownBy(() -> router(Phase.COMPARE).get("t", DEVICES, "d-1"))
                .isInstanceOf(ReadUnavailableException.class)
                .hasMessageContaining("MongoDB could not serve the read").hasMessageContaining("connection refused");
    }

    @Test
    void shouldKeepBadInputAsItIsWhenTheStoreRefusesIt() {
        graph.failure = new IllegalArgumentException("bad key");
        assertThatThrownBy(() -> router(Phase.GRAPH_ONLY).get("t", DEVICES, "d-1"))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }
}
