package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CopyRatesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CopyRates rates = new CopyRates(clock);
    private final CopyPartition bins = new CopyPartition("acme", "bins", 0, null, null);

    @Test
    void shouldAverageTheLastFiveSecondsPerTenantCollection() {
        rates.chunkCopied(bins, 1500, 1500, Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(3));
        rates.chunkCopied(bins, 1500, 1500, Duration.ofSeconds(1));

        assertThat(rates.perSecond("acme", "bins")).isEqualTo(600.0);
        assertThat(rates.perSecond("acme", "sites")).isZero();
        assertThat(rates.perSecond("globex", "bins")).isZero();
    }

    @Test
    void shouldForgetChunksOlderThanTheWindow() {
        rates.chunkCopied(bins, 3000, 3000, Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(6));

        assertThat(rates.perSecond("acme", "bins")).isZero();
    }
}
