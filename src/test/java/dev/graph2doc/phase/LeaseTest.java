package dev.graph2doc.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LeaseTest {

    private static final long MS = 1_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final Lease lease = new Lease(FenceSettings.of(Duration.ofMillis(1500), Duration.ofSeconds(1),
            Duration.ofMillis(500), Duration.ofSeconds(3)), now::get);

    LeaseTest() {
        lease.arm();
    }

    @Test
    void shouldNeverFenceWhenNoHeartbeatWasStartedByThisProcess() {
        Lease unarmed = new Lease(FenceSettings.of(Duration.ofMillis(1500), Duration.ofSeconds(1),
                Duration.ofMillis(500), Duration.ofSeconds(3)), now::get);
        now.addAndGet(60_000 * MS);
        assertThat(unarmed.fenced()).as("a benchmark or tool running the core in-process").isEmpty();
    }

    @Test
    void shouldBeFencedWhenTheLeaseWasNeverHeld() {
        lease.failed("connection refused");
        assertThat(lease.fenced()).hasValueSatisfying(why -> assertThat(why).contains("not yet read the phases")
                .contains("connection refused"));
        assertThat(lease.fencedSeconds()).isZero();
    }

    @Test
    void shouldHoldTheLeaseUntilTheFenceTimeCountedFromTheStartOfTheLastRound() {
        long started = now.get();
        now.addAndGet(200 * MS); // the round itself took 200 ms
        lease.renewed(started);
        now.addAndGet(1300 * MS); // exactly fence-after since the round started
        assertThat(lease.fenced()).isEmpty();
        now.addAndGet(MS);
        assertThat(lease.fenced()).hasValueSatisfying(why -> assertThat(why).contains("for 1.5 s")
                .contains("fences itself after 1500 ms").contains("drop it after 3 s"));
    }

    @Test
    void shouldRecoverAndCountTheFencedTimeWhenARoundSucceedsAgain() {
        lease.renewed(now.get());
        now.addAndGet(2500 * MS); // fenced for 1 s
        lease.failed("timed out after 1000 ms while waiting for a server");
        assertThat(lease.isFenced()).isTrue();
        assertThat(lease.fencedSeconds()).isEqualTo(1.0);
        long started = now.get();
        now.addAndGet(100 * MS);
        lease.renewed(started);
        assertThat(lease.fenced()).isEmpty();
        assertThat(lease.fencedSeconds()).isEqualTo(1.1);
        now.addAndGet(1000 * MS);
        assertThat(lease.fencedSeconds()).as("no longer counting").isEqualTo(1.1);
    }

    @Test
    void shouldIgnoreARoundThatStartedBeforeTheOneAlreadyCounted() {
        long older = now.get();
        now.addAndGet(1000 * MS);
        lease.renewed(now.get());
        lease.renewed(older); // a slow transition-time beat finishing after the scheduled one
        now.addAndGet(1400 * MS);
        assertThat(lease.fenced()).isEmpty();
    }

    @Test
    void shouldThrowWithTheCauseWhenCheckedWhileFenced() {
        assertThatThrownBy(() -> lease.check("start this write")).isInstanceOf(FencedException.class)
                .hasMessageContaining("fenced and did not start this write").hasMessageContaining("Retry on another");
    }

    @Test
    void shouldRefuseAFenceThatDoesNotEndBeforeTheOthersDropTheInstance() {
        assertThatThrownBy(() -> FenceSettings.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(500),
                Duration.ofSeconds(3)))
                .hasMessageContaining("graph2doc.phase.fence-after = PT2S plus graph2doc.phase.fence-margin = PT2S "
                        + "must not exceed graph2doc.phase.instance-timeout = PT3S");
    }

    @Test
    void shouldRefuseAFenceShorterThanTwoRoundsAndAMarginOfZeroAllAtOnce() {
        assertThatThrownBy(() -> FenceSettings.of(Duration.ofMillis(800), Duration.ZERO, Duration.ofMillis(500),
                Duration.ofSeconds(3)))
                .hasMessageContaining("graph2doc.phase.fence-margin = PT0S must be more than 0s")
                .hasMessageContaining("graph2doc.phase.fence-after = PT0.8S must be at least twice graph2doc.phase.heartbeat-interval = PT0.5S");
    }
}
