package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<Duration> slept = new ArrayList<>();
    private final Throttle throttle = new Throttle(clock, d -> {
        slept.add(d);
        clock.advance(d);
    });

    @Test
    void shouldSpaceBatchesToTheCapWhenOneIsSet() throws InterruptedException {
        throttle.acquire(500, 1000);
        throttle.acquire(500, 1000);
        throttle.acquire(1000, 1000);

        assertThat(slept).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:01Z"));
    }

    @Test
    void shouldKeepTheLeaseAliveBetweenSlicesWhenTheWaitIsLongerThanOneSlice() throws InterruptedException {
        List<Instant> renewed = new ArrayList<>();
        throttle.acquire(100, 10);

        boolean held = throttle.acquire(100, 10, Duration.ofSeconds(3), () -> renewed.add(clock.instant()));

        assertThat(held).isTrue();
        assertThat(slept).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3),
                Duration.ofSeconds(1));
        assertThat(renewed).containsExactly(Instant.parse("2026-01-01T00:00:03Z"),
                Instant.parse("2026-01-01T00:00:06Z"), Instant.parse("2026-01-01T00:00:09Z"));
    }

    @Test
    void shouldStopWaitingWhenTheLeaseIsLost() throws InterruptedException {
        throttle.acquire(100, 10);

        boolean held = throttle.acquire(100, 10, Duration.ofSeconds(3), () -> false);

        assertThat(held).isFalse();
        assertThat(slept).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void shouldNeverWaitWhenThereIsNoCap() throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            throttle.acquire(1000, 0);
        }

        assertThat(slept).isEmpty();
    }

    @Test
    void shouldNotWaitWhenTheWriterIsSlowerThanTheCap() throws InterruptedException {
        throttle.acquire(100, 1000);
        clock.advance(Duration.ofSeconds(1));
        throttle.acquire(100, 1000);

        assertThat(slept).isEmpty();
    }
}
