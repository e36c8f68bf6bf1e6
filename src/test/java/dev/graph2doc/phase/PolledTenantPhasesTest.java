package dev.graph2doc.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PolledTenantPhasesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemoryPhaseStore store = new InMemoryPhaseStore();

    @Test
    void shouldApplyTheDefaultPhaseWhenNothingIsStoredForTheTenant() {
        PolledTenantPhases phases = new PolledTenantPhases(store, Phase.FORK_WRITES, Duration.ofSeconds(1));

        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.FORK_WRITES);
    }

    @Test
    void shouldSeeAnotherInstancesChangeOnlyAfterARefresh() {
        PolledTenantPhases phases = new PolledTenantPhases(store, Phase.GRAPH_ONLY, Duration.ofSeconds(1));
        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.GRAPH_ONLY);

        store.compareAndSet(TenantPhase.initial("acme", Phase.GRAPH_ONLY), new TenantPhase("acme", Phase.COPY, T0, 1));

        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.GRAPH_ONLY);
        phases.refresh();
        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.COPY);
    }

    @Test
    void shouldKeepItsOwnNewerChangeWhenAnOlderPollArrivesLate() {
        store.compareAndSet(TenantPhase.initial("acme", Phase.GRAPH_ONLY), new TenantPhase("acme", Phase.COPY, T0, 1));
        PolledTenantPhases phases = new PolledTenantPhases(store, Phase.GRAPH_ONLY, Duration.ofSeconds(1));

        phases.applied(new TenantPhase("acme", Phase.FORK_WRITES, T0, 2));
        phases.refresh(); // a poll that read version 1 just before the change

        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.FORK_WRITES);
    }

    @Test
    void shouldPickUpChangesByItselfOnceStarted() throws InterruptedException {
        try (PolledTenantPhases phases = new PolledTenantPhases(store, Phase.GRAPH_ONLY, Duration.ofMillis(10))) {
            assertThat(phases.phaseOf("acme")).isEqualTo(Phase.GRAPH_ONLY);
            phases.start();
            store.compareAndSet(TenantPhase.initial("acme", Phase.GRAPH_ONLY), new TenantPhase("acme", Phase.COPY, T0, 1));

            Instant deadline = Instant.now().plusSeconds(5);
            while (phases.phaseOf("acme") != Phase.COPY && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            assertThat(phases.phaseOf("acme")).isEqualTo(Phase.COPY);
        }
    }

    @Test
    void shouldRefuseAPollIntervalOfZero() {
        assertThatThrownBy(() -> new PolledTenantPhases(store, Phase.GRAPH_ONLY, Duration.ZERO))
                .hasMessage("graph2doc.phase.poll-interval = PT0S must be more than 0s");
    }
}
