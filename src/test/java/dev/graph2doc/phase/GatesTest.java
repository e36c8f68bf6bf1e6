package dev.graph2doc.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.phase.ReadEvidence.Evidence;
import dev.graph2doc.write.Backlog;
import dev.graph2doc.write.BacklogGate;
import dev.graph2doc.write.OutboxEntry;
import dev.graph2doc.write.WriteOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatesTest {

    private static final Instant ENTERED = Instant.parse("2026-01-01T00:00:00Z");
    private static final GateSettings SETTINGS = new GateSettings(0.01, 100, Duration.ofHours(1), Duration.ofMinutes(30),
            Duration.ofSeconds(1));

    private Evidence evidence = Evidence.NONE;

    @Test
    void shouldRefuseCopyWhileAStoreIsDownThenPassOnceItAnswers() {
        List<String> problems = new ArrayList<>(List.of("store 'mongodb' is DOWN (timeout)"));
        Gate gate = new StoresReachableGate(() -> List.copyOf(problems));

        assertThat(gate.structural()).isTrue();
        assertThat(gate.guards(PhaseTransition.GRAPH_ONLY_TO_COPY)).isTrue();
        assertThat(gate.unmet(input(PhaseTransition.GRAPH_ONLY_TO_COPY, null, ENTERED))).containsExactly(problems.get(0));
        problems.clear();
        assertThat(gate.unmet(input(PhaseTransition.GRAPH_ONLY_TO_COPY, null, ENTERED))).isEmpty();
    }

    @Test
    void shouldRefuseCopyWhileALiveInstanceHasNotAcknowledgedCaptureThenPassOnceItHas() {
        List<InstanceBeat> live = new ArrayList<>(List.of(new InstanceBeat("a", ENTERED, List.of(), true),
                new InstanceBeat("old-build", ENTERED, List.of(), false)));
        Gate gate = new CaptureAcknowledgedGate(() -> List.copyOf(live));

        assertThat(gate.structural()).as("forcing cannot skip it: writes would be lost").isTrue();
        assertThat(gate.guards(PhaseTransition.GRAPH_ONLY_TO_COPY)).isTrue();
        assertThat(gate.guards(PhaseTransition.COPY_TO_FORK_WRITES)).isFalse();
        assertThat(gate.unmet(input(PhaseTransition.GRAPH_ONLY_TO_COPY, null, ENTERED))).singleElement().asString()
                .contains("[old-build] have not acknowledged that they capture writes").contains("'acme'");
        live.remove(1);
        assertThat(gate.unmet(input(PhaseTransition.GRAPH_ONLY_TO_COPY, null, ENTERED))).isEmpty();
        live.clear();
        assertThat(gate.unmet(input(PhaseTransition.GRAPH_ONLY_TO_COPY, null, ENTERED))).singleElement().asString()
                .contains("no live graph2doc instance");
    }

    @Test
    void shouldRefuseWhileTheBacklogHoldsDocumentsThenPassOnceDrained() {
        FakeOutbox outbox = new FakeOutbox(new Backlog(3, ENTERED));
        Gate gate = new BacklogGate(outbox, Duration.ofSeconds(2));

        assertThat(gate.structural()).isFalse();
        assertThat(gate.unmet(input(PhaseTransition.COPY_TO_FORK_WRITES, null, ENTERED.plusSeconds(1))))
                .as("younger than the grace: being confirmed by the request path").isEmpty();
        assertThat(gate.unmet(input(PhaseTransition.COPY_TO_FORK_WRITES, null, ENTERED.plusSeconds(3)))).singleElement()
                .asString().contains("backlog of tenant 'acme' is 3 document(s), oldest from 2026-01-01T00:00:00Z, "
                        + "older than the repair grace (PT2S)");
        outbox.backlog = Backlog.EMPTY;
        assertThat(gate.unmet(input(PhaseTransition.COPY_TO_FORK_WRITES, null, ENTERED.plusSeconds(3)))).isEmpty();
        assertThat(List.of(PhaseTransition.values())).filteredOn(gate::guards).containsExactly(
                PhaseTransition.COPY_TO_FORK_WRITES, PhaseTransition.FORK_WRITES_TO_SWAP_READS,
                PhaseTransition.COMPARE_TO_UNFORKED);
    }

    @Test
    void shouldRefuseUnforkWithoutTheTenantsNameThenPassWithIt() {
        Gate gate = new ConfirmGate();

        assertThat(gate.structural()).isTrue();
        assertThat(gate.unmet(input(PhaseTransition.COMPARE_TO_UNFORKED, null, ENTERED))).singleElement().asString()
                .startsWith("confirm is missing").contains("\"confirm\":\"acme\"");
        assertThat(gate.unmet(input(PhaseTransition.COMPARE_TO_UNFORKED, "globex", ENTERED))).singleElement().asString()
                .startsWith("confirm is 'globex'");
        assertThat(gate.unmet(input(PhaseTransition.COMPARE_TO_UNFORKED, "acme", ENTERED))).isEmpty();
    }

    @Test
    void shouldRefuseSwapReadsWithoutEnoughComparisonsOrWithTooManyMismatchesThenPass() {
        Gate gate = new ComparisonGate(tenant -> evidence, SETTINGS);
        GateInput in = input(PhaseTransition.FORK_WRITES_TO_SWAP_READS, null, ENTERED);

        assertThat(gate.structural()).isFalse();
        assertThat(gate.unmet(in)).singleElement().asString()
                .isEqualTo("tenant 'acme' has 0 read comparison(s), at least 100 needed "
                        + "(graph2doc.phase.gates.min-comparisons): let reads be compared longer");
        evidence = new Evidence(200, 4, null);
        assertThat(gate.unmet(in)).singleElement().asString()
                .startsWith("mismatch ratio of tenant 'acme' is 0.02 (4 of 200), must be at most 0.01");
        evidence = new Evidence(200, 2, null);
        assertThat(gate.unmet(in)).isEmpty();
    }

    @Test
    void shouldRefuseUnforkUntilNoMismatchLongEnoughAndAFreshCleanVerificationThenPass() {
        Gate gate = new UnforkReadinessGate(tenant -> evidence, SETTINGS);
        evidence = new Evidence(200, 1, ENTERED.minusSeconds(60));

        assertThat(gate.unmet(input(PhaseTransition.COMPARE_TO_UNFORKED, "acme", ENTERED.plusSeconds(60))))
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("mismatch ratio of tenant 'acme' is 0.005").contains("at most 0.0"),
                        m -> assertThat(m).contains("is in COMPARE since 2026-01-01T00:00:00Z (PT1M), at least PT30M"),
                        m -> assertThat(m).contains("is from before it entered COMPARE"));
        evidence = new Evidence(200, 0, ENTERED.plusSeconds(120));
        assertThat(gate.unmet(input(PhaseTransition.COMPARE_TO_UNFORKED, "acme", ENTERED.plus(Duration.ofHours(2)))))
                .singleElement().asString().contains("is older than PT1H");
        assertThat(gate.unmet(input(PhaseTransition.COMPARE_TO_UNFORKED, "acme", ENTERED.plus(Duration.ofMinutes(31)))))
                .isEmpty();
    }

    @Test
    void shouldSayNoCleanVerificationWhenThereIsNoEvidenceAtAll() {
        Gate gate = new UnforkReadinessGate(ReadEvidence.NONE, SETTINGS);

        assertThat(gate.unmet(input(PhaseTransition.COMPARE_TO_UNFORKED, "acme", ENTERED.plus(Duration.ofHours(1)))))
                .anySatisfy(m -> assertThat(m).contains("has 0 read comparison(s)"))
                .anySatisfy(m -> assertThat(m).contains("has no clean full verification"));
    }

    @Test
    void shouldNameEveryBadThresholdAtOnceWhenTheSettingsAreWrong() {
        assertThatThrownBy(() -> new GateSettings(1.5, -1, Duration.ZERO, Duration.ofMinutes(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-mismatch-ratio = 1.5 must be 0..1")
                .hasMessageContaining("min-comparisons = -1 must be 0 or more")
                .hasMessageContaining("verification-freshness = PT0S must be more than 0s")
                .hasMessageContaining("min-compare-duration = PT-1M must be 0s or more");
    }

    private static GateInput input(PhaseTransition t, String confirm, Instant now) {
        return new GateInput(new TenantPhase("acme", t.from(), ENTERED, 3), t,
                new TransitionRequest(t.to().name(), List.of("acme"), "r", false, confirm, "ops", false), now);
    }

    private static final class FakeOutbox implements WriteOutbox {

        private volatile Backlog backlog;

        FakeOutbox(Backlog backlog) {
            this.backlog = backlog;
        }

        @Override
        public List<OutboxEntry> oldest(int limit) {
            return List.of();
        }

        @Override
        public void clear(List<OutboxEntry> confirmed) {
        }

        @Override
        public Backlog backlog(String tenant) {
            return backlog;
        }

        @Override
        public java.util.Set<Object> pending(String tenant, String collection, java.util.Collection<Object> keys) {
            return java.util.Set.of();
        }
    }
}
