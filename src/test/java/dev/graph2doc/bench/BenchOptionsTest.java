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
}
