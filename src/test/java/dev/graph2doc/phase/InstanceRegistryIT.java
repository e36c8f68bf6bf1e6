package dev.graph2doc.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.store.mongo.MongoInstanceStore;
import dev.graph2doc.store.mongo.MongoPhaseStore;
import dev.graph2doc.testing.MutableClock;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two instances over one control database: a transition is pending until both apply it. */
@ExtendWith(StoresExtension.class)
class InstanceRegistryIT {

    private static final String CONTROL = "graph2doc_control_registry_it";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private TestStores stores;
    private PolledTenantPhases phasesA;
    private PolledTenantPhases phasesB;
    private InstanceRegistry a;
    private InstanceRegistry b;
    private PhaseMachine machineA;

    @BeforeEach
    void start(TestStores stores) {
        this.stores = stores;
        stores.mongo().getDatabase(CONTROL).drop();
        phasesA = new PolledTenantPhases(new MongoPhaseStore(stores.mongo(), CONTROL), Phase.GRAPH_ONLY, Duration.ofSeconds(1));
        phasesB = new PolledTenantPhases(new MongoPhaseStore(stores.mongo(), CONTROL), Phase.GRAPH_ONLY, Duration.ofSeconds(1));
        a = registry("a", phasesA);
        b = registry("b", phasesB);
        machineA = new PhaseMachine(new MongoPhaseStore(stores.mongo(), CONTROL), () -> List.of("acme", "globex"), List.of(),
                Phase.GRAPH_ONLY, clock, a::applied, a);
        a.beat();
        b.beat();
    }

    @Test
    void shouldReportATransitionPendingUntilEveryLiveInstanceAppliesIt() {
        List<TenantPhaseStatus> moved = machineA.transition(move("COPY"));

        assertThat(moved).singleElement().satisfies(s -> {
            assertThat(s.pending()).isTrue();
            assertThat(s.pendingOn()).containsExactly("b");
        });
        assertThat(phasesB.phaseOf("acme")).isEqualTo(Phase.GRAPH_ONLY);

        clock.advance(Duration.ofSeconds(1));
        phasesB.refresh();
        b.beat();

        assertThat(machineA.status()).extracting(TenantPhaseStatus::tenant, TenantPhaseStatus::phase,
                TenantPhaseStatus::pending).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("acme", Phase.COPY, false),
                        org.assertj.core.groups.Tuple.tuple("globex", Phase.GRAPH_ONLY, false));
        assertThat(a.live()).extracting(InstanceBeat::instance).containsExactly("a", "b");
        assertThat(a.live().get(1).phaseOf("acme")).map(TenantPhase::phase).contains(Phase.COPY);
    }

    @Test
    void shouldReportCaptureAndReadAHeartbeatThatDoesNotSayAsNotCapturing() {
        stores.mongo().getDatabase(CONTROL).getCollection("instances").insertOne(new org.bson.Document("_id", "old-build")
                .append("at", java.util.Date.from(clock.instant())).append("applied", List.of()));

        assertThat(a.live()).extracting(InstanceBeat::instance, InstanceBeat::capturesWrites).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", true), org.assertj.core.groups.Tuple.tuple("b", true),
                org.assertj.core.groups.Tuple.tuple("old-build", false));
    }

    @Test
    void shouldStopWaitingForAnInstanceThatStoppedHeartBeating() {
        machineA.transition(move("COPY"));
        assertThat(machineA.status().get(0).pendingOn()).containsExactly("b");

        clock.advance(TIMEOUT.plusSeconds(1));
        a.beat();

        assertThat(machineA.status().get(0).pending()).isFalse();
        assertThat(a.live()).extracting(InstanceBeat::instance).containsExactly("a");
        assertThat(stores.mongo().getDatabase(CONTROL).getCollection("instances").countDocuments()).isEqualTo(1);
    }

    @Test
    void shouldLeaveTheRegistryWhenClosed() throws InterruptedException {
        b.start();
        b.close();

        assertThat(a.live()).extracting(InstanceBeat::instance).containsExactly("a");
    }

    @Test
    void shouldRefuseATimeoutShorterThanTwoHeartbeats() {
        assertThatThrownBy(() -> new InstanceRegistry(new MongoInstanceStore(stores.mongo(), CONTROL), "c", phasesA, clock,
                Duration.ofSeconds(5), Duration.ofSeconds(6)))
                .hasMessage("graph2doc.phase.instance-timeout = PT6S must be at least twice "
                        + "graph2doc.phase.heartbeat-interval = PT5S");
    }

    private InstanceRegistry registry(String id, PolledTenantPhases phases) {
        return new InstanceRegistry(new MongoInstanceStore(stores.mongo(), CONTROL), id, phases, clock,
                Duration.ofSeconds(2), TIMEOUT);
    }

    private static TransitionRequest move(String to) {
        return TransitionRequest.of(to, List.of("acme"), "canary", false, null, "operator");
    }
}
