package dev.graph2doc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void shouldNameEveryBadValueWhenSeveralOptionsAreOutOfRange() {
        assertThatThrownBy(() -> new BenchOptions(0, -5, 1001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--nodes = 0 must be 1 or more; --sample = -5 must be 1 or more; "
                        + "--chunk-size = 1001 must be 1..1000 (MongoDB's write batch size).");
    }

    @Test
    void shouldSampleAtMostEveryRootWhenTheSampleExceedsTheNodes() {
        assertThat(new BenchOptions(500, 10_000, 1000).effectiveSample()).isEqualTo(500);
        assertThat(new BenchOptions(100_000, 10_000, 1000).effectiveSample()).isEqualTo(10_000);
    }

    @Test
    void shouldShareTheRequestsAndWarmUpOverTheRoundsWhenARunIsCutIntoSlices() {
        WriteBenchOptions options = new WriteBenchOptions(500, 2002, 300, 4, 5);

        assertThat(java.util.stream.IntStream.range(0, 5).map(options::requestsIn).toArray())
                .containsExactly(401, 401, 400, 400, 400);
        assertThat(options.warmupPerSlice()).isEqualTo(60);
        assertThatThrownBy(() -> new WriteBenchOptions(500, 3, 300, 4, 4))
                .hasMessage("--rounds = 4 must be 1..3 (at most --requests).");
    }
}
