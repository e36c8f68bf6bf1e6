package dev.graph2doc.phase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every phase store does — phases and their audit log as two instances (or one after a restart) see them —
 * run on the MongoDB adapter ({@code MongoPhaseStoreIT}) and on the fake the unit tests use
 * ({@code InMemoryPhaseStoreTest}).
 */
abstract class PhaseStoreContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(T0);

    /** A handle on the store under test; every call sees the same stored phases (as instances sharing one would). */
    abstract PhaseStore store();

    @Test
    void shouldInsertTheFirstPhaseOnceAndThenChangeItOnlyFromTheExpectedVersion() {
        PhaseStore store = store();
        TenantPhase first = new TenantPhase("acme", Phase.COPY, T0, 1);

        assertThat(store.compareAndSet(TenantPhase.initial("acme", Phase.GRAPH_ONLY), first)).isTrue();
        assertThat(store.compareAndSet(TenantPhase.initial("acme", Phase.GRAPH_ONLY), first)).isFalse();
        assertThat(store.compareAndSet(first, first.next(Phase.FORK_WRITES, T0.plusSeconds(1)))).isTrue();
        assertThat(store.compareAndSet(first, first.next(Phase.GRAPH_ONLY, T0.plusSeconds(2)))).isFalse();

        assertThat(store.find("acme")).contains(new TenantPhase("acme", Phase.FORK_WRITES, T0.plusSeconds(1), 2));
        assertThat(store.find("globex")).isEmpty();
        assertThat(store.all()).extracting(TenantPhase::tenant).containsExactly("acme");
    }

    @Test
    void shouldListTheAuditLogNewestFirstPerTenantAndKeepOneLinePerVersion() {
        PhaseStore store = store();
        PhaseChange a1 = new PhaseChange("acme", 1, Phase.GRAPH_ONLY, Phase.COPY, "operator", T0, "start", false, false);
        PhaseChange g1 = new PhaseChange("globex", 1, Phase.GRAPH_ONLY, Phase.COPY, "operator", T0.plusSeconds(1), null,
                false, false);
        PhaseChange a2 = new PhaseChange("acme", 2, Phase.COPY, Phase.GRAPH_ONLY, "graph2doc", T0.plusSeconds(2),
                "auto: mismatch", true, true);

        store.record(a1);
        store.record(g1);
        store.record(a2);
        store.record(a2);

        assertThat(store.history("acme")).containsExactly(a2, a1);
        assertThat(store.history(null)).containsExactly(a2, g1, a1);
    }

    @Test
    void shouldKeepPhasesAndHistoryWhenTheServiceRestarts() {
        PhaseMachine before = machine(store(), new PolledTenantPhases(store(), Phase.GRAPH_ONLY, Duration.ofSeconds(1)));
        before.transition(TransitionRequest.of("COPY", List.of("acme"), "canary", false, null, "operator"));
        // a crash after the compare-and-set, before the audit line: the phase holds, the next move continues from it
        PhaseStore crashed = store();
        TenantPhase copy = crashed.find("acme").orElseThrow();
        crashed.compareAndSet(copy, copy.next(Phase.FORK_WRITES, T0.plusSeconds(5)));

        PolledTenantPhases restarted = new PolledTenantPhases(store(), Phase.GRAPH_ONLY, Duration.ofSeconds(1));
        PhaseMachine after = machine(store(), restarted);

        assertThat(restarted.phaseOf("acme")).isEqualTo(Phase.FORK_WRITES);
        assertThat(restarted.phaseOf("globex")).isEqualTo(Phase.GRAPH_ONLY);
        after.transition(TransitionRequest.of("SWAP_READS", List.of("acme"), "canary", false, null, "operator"));
        assertThat(restarted.phaseOf("acme")).isEqualTo(Phase.SWAP_READS);
        assertThat(store().history("acme")).extracting(PhaseChange::to).containsExactly(Phase.SWAP_READS, Phase.COPY);
    }

    @Test
    void shouldLetExactlyOneOfTwoConcurrentTransitionsOnOneTenantWin() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Phase to = round % 2 == 0 ? Phase.COPY : Phase.GRAPH_ONLY;
                CyclicBarrier bothChecked = new CyclicBarrier(2);
                List<Future<Optional<TransitionRefusedException>>> outcomes = new ArrayList<>();
                for (int instance = 0; instance < 2; instance++) {
                    PhaseMachine machine = machine(new RacingStore(store(), bothChecked),
                            new PolledTenantPhases(store(), Phase.GRAPH_ONLY, Duration.ofSeconds(1)));
                    outcomes.add(threads.submit(() -> attempt(machine, to)));
                }
                List<Optional<TransitionRefusedException>> results = new ArrayList<>();
                for (Future<Optional<TransitionRefusedException>> f : outcomes) {
                    results.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(results).as("round %d", round).filteredOn(Optional::isEmpty).hasSize(1);
                String winner = "by a concurrent transition (version " + (round + 1) + ")";
                assertThat(results).filteredOn(Optional::isPresent).singleElement()
                        .satisfies(r -> assertThat(r.orElseThrow().unmet()).singleElement().asString().contains(winner));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(store().find("acme").orElseThrow().version()).isEqualTo(10);
        assertThat(store().history("acme")).hasSize(10);
    }

    private static Optional<TransitionRefusedException> attempt(PhaseMachine machine, Phase to) {
        try {
            machine.transition(TransitionRequest.of(to.name(), List.of("acme"), "race", false, null, "operator"));
            return Optional.empty();
        } catch (TransitionRefusedException e) {
            return Optional.of(e);
        }
    }

    private PhaseMachine machine(PhaseStore store, PolledTenantPhases phases) {
        return new PhaseMachine(store, () -> List.of("acme", "globex"), List.of(), Phase.GRAPH_ONLY, clock,
                phases::applied, PhaseAcknowledgements.NONE);
    }

    /** Holds each compare-and-set until both instances have read the same version: the race, every time. */
    private record RacingStore(PhaseStore delegate, CyclicBarrier bothChecked) implements PhaseStore {

        @Override
        public Optional<TenantPhase> find(String tenant) {
            return delegate.find(tenant);
        }

        @Override
        public List<TenantPhase> all() {
            return delegate.all();
        }

        @Override
        public boolean compareAndSet(TenantPhase expected, TenantPhase next) {
            try {
                bothChecked.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other instance never reached its compare-and-set", e);
            }
            return delegate.compareAndSet(expected, next);
        }

        @Override
        public void record(PhaseChange change) {
            delegate.record(change);
        }

        @Override
        public List<PhaseChange> history(String tenant) {
            return delegate.history(tenant);
        }
    }
}
