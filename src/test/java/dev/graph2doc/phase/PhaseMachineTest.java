package dev.graph2doc.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PhaseMachineTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemoryPhaseStore store = new InMemoryPhaseStore();
    private final MutableClock clock = new MutableClock(T0);
    private final List<TenantPhase> applied = new ArrayList<>();
    private final List<String> structuralUnmet = new ArrayList<>();
    private final List<String> softUnmet = new ArrayList<>();
    private final PhaseMachine machine = new PhaseMachine(store, () -> List.of("acme", "globex"),
            List.of(gate(true, structuralUnmet), gate(false, softUnmet)), Phase.GRAPH_ONLY, clock, applied::add,
            PhaseAcknowledgements.NONE);

    @ParameterizedTest
    @EnumSource(PhaseTransition.class)
    void shouldMoveTheTenantAndAuditItWhenThePairIsAllowed(PhaseTransition t) {
        put("acme", t.from());
        clock.advance(Duration.ofMinutes(1));

        List<TenantPhaseStatus> moved = machine.transition(request(t.to().name(), "acme"));

        assertThat(moved).singleElement().satisfies(s -> {
            assertThat(s.phase()).isEqualTo(t.to());
            assertThat(s.since()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
            assertThat(s.pending()).isFalse();
        });
        assertThat(store.find("acme").orElseThrow().version()).isEqualTo(2);
        assertThat(applied).extracting(TenantPhase::phase).containsExactly(t.to());
        assertThat(store.history("acme")).first().isEqualTo(new PhaseChange("acme", 2, t.from(), t.to(), "ops",
                T0.plus(Duration.ofMinutes(1)), "because", false, false));
    }

    static Stream<Arguments> forbiddenPairs() {
        return Arrays.stream(Phase.values()).flatMap(from -> Arrays.stream(Phase.values())
                .filter(to -> PhaseTransition.between(from, to).isEmpty()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest
    @MethodSource("forbiddenPairs")
    void shouldRefuseNamingThePhasesAndTheAllowedNextOnesWhenThePairIsForbidden(Phase from, Phase to) {
        put("acme", from);

        assertThatThrownBy(() -> machine.transition(forced(to.name(), "acme")))
                .isInstanceOfSatisfying(TransitionRefusedException.class, e -> assertThat(e.unmet()).singleElement()
                        .asString().startsWith("Cannot move tenant 'acme' from " + from + " to " + to + ": ")
                        .contains(from == Phase.UNFORKED ? "there is no way back"
                                : "allowed next phases are " + PhaseTransition.allowedFrom(from)));
        assertThat(store.find("acme").orElseThrow().phase()).isEqualTo(from);
        assertThat(store.history("acme")).isEmpty();
    }

    @Test
    void shouldStartFromTheDefaultPhaseWhenNothingIsStoredForTheTenant() {
        assertThat(machine.status()).extracting(TenantPhaseStatus::phase).containsExactly(Phase.GRAPH_ONLY, Phase.GRAPH_ONLY);

        machine.transition(request("COPY", "acme"));

        assertThat(machine.status()).extracting(TenantPhaseStatus::phase).containsExactly(Phase.COPY, Phase.GRAPH_ONLY);
        assertThat(store.find("acme").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void shouldListEveryUnmetConditionAndChangeNothingWhenAGateIsUnmet() {
        structuralUnmet.add("copy incomplete");
        softUnmet.add("backlog 3");

        assertThatThrownBy(() -> machine.transition(new TransitionRequest("COPY", List.of(), null, false, null, "ops", false)))
                .isInstanceOfSatisfying(TransitionRefusedException.class, e -> {
                    assertThat(e.unmet()).containsExactly("copy incomplete", "backlog 3", "copy incomplete", "backlog 3");
                    assertThat(e.getMessage()).contains("[acme, globex]").contains("nothing was changed");
                });
        assertThat(store.all()).isEmpty();
    }

    @Test
    void shouldSkipSoftGatesOnlyWhenForcedWithAReason() {
        softUnmet.add("mismatch ratio too high");
        assertThatThrownBy(() -> machine.transition(request("COPY", "acme"))).isInstanceOf(TransitionRefusedException.class);

        machine.transition(forced("COPY", "acme"));
        assertThat(store.history("acme")).first().extracting(PhaseChange::forced).isEqualTo(true);

        structuralUnmet.add("copy incomplete");
        assertThatThrownBy(() -> machine.transition(forced("FORK_WRITES", "acme")))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.unmet()).containsExactly("copy incomplete"));
    }

    @Test
    void shouldAnswerBadRequestWhenForcedWithoutAReason() {
        assertThatThrownBy(() -> machine.transition(new TransitionRequest("COPY", List.of("acme"), " ", true, null, "ops", false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("force is true but reason is empty");
        assertThat(store.all()).isEmpty();
    }

    @Test
    void shouldAnswerBadRequestNamingTheValuesWhenPhaseOrTenantIsUnknown() {
        assertThatThrownBy(() -> machine.transition(request("SWAP", "acme"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown phase 'SWAP': one of [GRAPH_ONLY, COPY, FORK_WRITES, SWAP_READS, COMPARE, UNFORKED]");
        assertThatThrownBy(() -> machine.transition(request(null, "acme"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("to is missing");
        assertThatThrownBy(() -> machine.transition(request("COPY", "nobody"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown tenant(s) [nobody]: the graph holds [acme, globex]");
    }

    @Test
    void shouldMoveOnlyTenantsNotThereYetWhenNoTenantIsNamed() {
        put("acme", Phase.SWAP_READS);
        put("globex", Phase.FORK_WRITES);

        List<TenantPhaseStatus> moved = machine.transition(new TransitionRequest("SWAP_READS", List.of(), "all", false,
                null, "ops", false));

        assertThat(moved).extracting(TenantPhaseStatus::tenant).containsExactly("globex");
        assertThatThrownBy(() -> machine.transition(new TransitionRequest("SWAP_READS", null, "again", false, null, "ops",
                false))).isInstanceOf(TransitionRefusedException.class).hasMessageContaining("already in SWAP_READS");
    }

    @Test
    void shouldRefuseWithTheWinnersPhaseWhenAConcurrentChangeWinsTheCompareAndSet() {
        put("acme", Phase.COPY);
        PhaseMachine racing = new PhaseMachine(new InMemoryPhaseStore() {
            @Override
            public synchronized boolean compareAndSet(TenantPhase expected, TenantPhase next) {
                store.compareAndSet(expected, expected.next(Phase.GRAPH_ONLY, T0)); // the other instance wins
                return false;
            }

            @Override
            public synchronized java.util.Optional<TenantPhase> find(String tenant) {
                return store.find(tenant);
            }
        }, () -> List.of("acme"), List.of(), Phase.GRAPH_ONLY, clock, applied::add, PhaseAcknowledgements.NONE);

        assertThatThrownBy(() -> racing.transition(request("FORK_WRITES", "acme")))
                .isInstanceOfSatisfying(TransitionRefusedException.class, e -> assertThat(e.unmet()).containsExactly(
                        "tenant 'acme' was moved from COPY to GRAPH_ONLY by a concurrent transition (version 2)"));
        assertThat(applied).isEmpty();
    }

    private void put(String tenant, Phase phase) {
        TenantPhase current = store.find(tenant).orElse(TenantPhase.initial(tenant, Phase.GRAPH_ONLY));
        assertThat(store.compareAndSet(current, new TenantPhase(tenant, phase, T0, current.version() + 1))).isTrue();
    }

    private static TransitionRequest request(String to, String tenant) {
        return new TransitionRequest(to, List.of(tenant), "because", false, null, "ops", false);
    }

    private static TransitionRequest forced(String to, String tenant) {
        return new TransitionRequest(to, List.of(tenant), "operator knows", true, tenant, "ops", false);
    }

    private static Gate gate(boolean structural, List<String> unmet) {
        return new Gate() {
            @Override
            public boolean guards(PhaseTransition transition) {
                return true;
            }

            @Override
            public boolean structural() {
                return structural;
            }

            @Override
            public List<String> unmet(GateInput input) {
                return List.copyOf(unmet);
            }
        };
    }
}
