package dev.graph2doc.read.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.phase.InMemoryPhaseStore;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseAcknowledgements;
import dev.graph2doc.phase.PhaseChange;
import dev.graph2doc.phase.PhaseMachine;
import dev.graph2doc.phase.TenantPhase;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.read.diff.Difference;
import dev.graph2doc.read.diff.Outcome;
import dev.graph2doc.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AutoStepBackTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final AutoStepBackSettings ON = new AutoStepBackSettings(true, 0.1, Duration.ofMinutes(1), 10);

    private final InMemoryPhaseStore store = new InMemoryPhaseStore();
    private final MutableClock clock = new MutableClock(T0);
    private final TenantPhases phases = new TenantPhases() {
        @Override
        public Phase phaseOf(String tenant) {
            return stateOf(tenant).phase();
        }

        @Override
        public TenantPhase stateOf(String tenant) {
            return store.find(tenant).orElse(TenantPhase.initial(tenant, Phase.GRAPH_ONLY));
        }
    };
    private final PhaseMachine machine = new PhaseMachine(store, () -> List.of("acme", "globex"), List.of(),
            Phase.GRAPH_ONLY, clock, p -> { }, PhaseAcknowledgements.NONE);

    @Test
    void shouldStepBackToForkWritesAndAuditWhyWhenTheRatioExceedsTheThreshold() {
        put("acme", Phase.COMPARE);
        AutoStepBack stepBack = new AutoStepBack(ON, phases, machine, clock);

        feed(stepBack, "acme", Phase.COMPARE, 8, Outcome.MATCH);
        feed(stepBack, "acme", Phase.COMPARE, 2, Outcome.FIELD);

        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.FORK_WRITES);
        PhaseChange change = store.history("acme").get(0);
        assertThat(change.automatic()).isTrue();
        assertThat(change.who()).isEqualTo("graph2doc");
        assertThat(change.from()).isEqualTo(Phase.COMPARE);
        assertThat(change.reason()).startsWith("auto: mismatch ratio 0.2000 > 0.1");
    }

    @Test
    void shouldWaitForTheMinimumComparisonsWhenTheFirstReadsDiffer() {
        put("acme", Phase.SWAP_READS);
        AutoStepBack stepBack = new AutoStepBack(ON, phases, machine, clock);

        feed(stepBack, "acme", Phase.SWAP_READS, 9, Outcome.MISSING);
        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.SWAP_READS);

        feed(stepBack, "acme", Phase.SWAP_READS, 1, Outcome.MISSING);
        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.FORK_WRITES);
    }

    @Test
    void shouldForgetMismatchesOlderThanTheWindow() {
        put("acme", Phase.COMPARE);
        AutoStepBack stepBack = new AutoStepBack(ON, phases, machine, clock);
        feed(stepBack, "acme", Phase.COMPARE, 5, Outcome.FIELD);

        clock.advance(Duration.ofMinutes(2));
        feed(stepBack, "acme", Phase.COMPARE, 20, Outcome.MATCH);

        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.COMPARE);
    }

    @Test
    void shouldNotCountRacesErrorsTimeoutsOrExperimentsAsEvidence() {
        put("acme", Phase.COMPARE);
        AutoStepBack stepBack = new AutoStepBack(ON, phases, machine, clock);

        for (Outcome noise : List.of(Outcome.STALE, Outcome.ERROR, Outcome.TIMEOUT)) {
            feed(stepBack, "acme", Phase.COMPARE, 20, noise);
        }
        for (int i = 0; i < 20; i++) {
            stepBack.compared(result("acme", Phase.COMPARE, Outcome.FIELD, true));
        }

        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.COMPARE);
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"FORK_WRITES", "GRAPH_ONLY", "UNFORKED"})
    void shouldLeaveTheTenantWhereItIsWhenNeo4jServesOrTheMigrationIsOver(Phase phase) {
        put("acme", phase);
        AutoStepBack stepBack = new AutoStepBack(ON, phases, machine, clock);

        feed(stepBack, "acme", phase, 20, Outcome.FIELD);

        assertThat(phases.phaseOf("acme")).isEqualTo(phase);
    }

    @Test
    void shouldStartAFreshWindowWhenTheTenantReentersThePhase() {
        put("acme", Phase.COMPARE);
        AutoStepBack stepBack = new AutoStepBack(ON, phases, machine, clock);
        feed(stepBack, "acme", Phase.COMPARE, 9, Outcome.FIELD);
        put("acme", Phase.SWAP_READS);
        put("acme", Phase.COMPARE);

        feed(stepBack, "acme", Phase.COMPARE, 9, Outcome.MATCH);
        feed(stepBack, "acme", Phase.COMPARE, 1, Outcome.FIELD);

        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.COMPARE);
    }

    @Test
    void shouldJudgeEachTenantOnItsOwnComparisons() {
        put("acme", Phase.COMPARE);
        put("globex", Phase.COMPARE);
        AutoStepBack stepBack = new AutoStepBack(ON, phases, machine, clock);

        feed(stepBack, "acme", Phase.COMPARE, 10, Outcome.FIELD);
        feed(stepBack, "globex", Phase.COMPARE, 10, Outcome.MATCH);

        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.FORK_WRITES);
        assertThat(phases.phaseOf("globex")).isEqualTo(Phase.COMPARE);
    }

    @Test
    void shouldDoNothingWhenDisabled() {
        put("acme", Phase.COMPARE);
        AutoStepBack stepBack = new AutoStepBack(new AutoStepBackSettings(false, 0.1, Duration.ofMinutes(1), 10),
                phases, machine, clock);

        feed(stepBack, "acme", Phase.COMPARE, 20, Outcome.FIELD);

        assertThat(phases.phaseOf("acme")).isEqualTo(Phase.COMPARE);
    }

    @Test
    void shouldRefuseSettingsThatCannotWorkNamingTheProperty() {
        assertThatThrownBy(() -> new AutoStepBackSettings(true, 1.5, Duration.ofMinutes(1), 10))
                .hasMessageContaining("max-mismatch-ratio = 1.5");
        assertThatThrownBy(() -> new AutoStepBackSettings(true, 0.1, Duration.ZERO, 10))
                .hasMessageContaining("window = PT0S");
        assertThatThrownBy(() -> new AutoStepBackSettings(true, 0.1, Duration.ofMinutes(1), 0))
                .hasMessageContaining("min-comparisons = 0");
    }

    private void put(String tenant, Phase phase) {
        TenantPhase current = phases.stateOf(tenant);
        store.compareAndSet(current, current.next(phase, clock.instant()));
    }

    private static void feed(AutoStepBack stepBack, String tenant, Phase phase, int times, Outcome outcome) {
        for (int i = 0; i < times; i++) {
            stepBack.compared(result(tenant, phase, outcome, false));
        }
    }

    private static ComparisonResult result(String tenant, Phase phase, Outcome outcome, boolean experiment) {
        return new ComparisonResult(tenant, "bins", "b-1", phase, "mongodb", "neo4j", Difference.of(outcome), null,
                null, experiment);
    }
}
