package dev.graph2doc.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.copy.CopyPartition;
import dev.graph2doc.mapping.UnmappableValueException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CopyMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CopyMetrics metrics = new CopyMetrics(registry);
    private final CopyPartition bins = new CopyPartition("acme", "bins", 0, null, null);

    @Test
    void shouldCountRootsAndTimeBatchesPerTenantCollectionWhenChunksAreCopied() {
        metrics.chunkCopied(bins, 1000, 998, Duration.ofMillis(40));
        metrics.chunkCopied(bins, 500, 500, Duration.ofMillis(20));

        assertThat(registry.get("graph2doc.copy.documents").tag("tenant", "acme").tag("collection", "bins").counter().count())
                .isEqualTo(1500.0);
        assertThat(registry.get("graph2doc.copy.batch").timer().count()).isEqualTo(2);
        assertThat(registry.get("graph2doc.copy.batch").timer().totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(60.0);
    }

    @Test
    void shouldCountUnmappableRootsWhenTheCopierReportsThem() {
        metrics.unmappable(bins, new UnmappableValueException("bins", "b-1", "at", "finer than a millisecond"));

        assertThat(registry.get("graph2doc.copy.unmappable.documents").tag("collection", "bins").counter().count())
                .isEqualTo(1.0);
    }
}
