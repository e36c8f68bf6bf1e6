package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.phase.Gate;
import dev.graph2doc.phase.GateInput;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseTransition;
import dev.graph2doc.phase.TenantPhase;
import dev.graph2doc.phase.TransitionRequest;
import dev.graph2doc.store.mongo.MongoCopyStateStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The copy gates read the same plans, partitions, verdicts and findings the copy workers write. */
@ExtendWith(StoresExtension.class)
class CopyCompleteGateIT {

    private static final String CONTROL = "graph2doc_control_copy_gate_it";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private MongoCopyStateStore copies;

    @BeforeEach
    void clean(TestStores stores) {
        stores.mongo().getDatabase(CONTROL).drop();
        copies = new MongoCopyStateStore(stores.mongo(), CONTROL);
    }

    @Test
    void shouldRefuseForkWritesUntilEveryPartitionOfEveryCollectionIsDone() {
        Gate gate = new CopyCompleteGate(List.of("bins", "devices"), copies);
        CopyPartition first = new CopyPartition("acme", "bins", 0, null, "b-50");
        CopyPartition second = new CopyPartition("acme", "bins", 1, "b-50", null);
        CopyPartition devices = new CopyPartition("acme", "devices", 0, null, null);
        copies.savePlanIfAbsent(new CopyPlan("acme", "bins", List.of(first, second), 100, T0));

        assertThat(gate.unmet(input())).containsExactly(
                "copy of tenant 'acme' collection 'bins' is not complete: 0 of 2 partitions done; "
                        + "wait until GET /migration/copy shows it COMPLETE",
                "copy of tenant 'acme' collection 'devices' was never started: "
                        + "POST /migration/copy {\"tenants\":[\"acme\"]}, then wait until it is COMPLETE");

        copies.savePlanIfAbsent(new CopyPlan("acme", "devices", List.of(devices), 10, T0));
        done(first);
        done(devices);
        assertThat(gate.unmet(input())).hasSize(2).anySatisfy(u -> assertThat(u).contains("1 of 2 partitions done"))
                .anySatisfy(u -> assertThat(u).contains("'devices' is being checked for completeness"));

        done(second);
        assertThat(gate.unmet(input())).containsExactly(
                "copy of tenant 'acme' collection 'bins' is being checked for completeness (every root looked up in "
                        + "MongoDB); wait until GET /migration/copy shows it COMPLETE",
                "copy of tenant 'acme' collection 'devices' is being checked for completeness (every root looked up in "
                        + "MongoDB); wait until GET /migration/copy shows it COMPLETE");

        copies.saveVerdict(new CopyVerdict("acme", "bins", T0, 100, 0, List.of()));
        copies.saveVerdict(new CopyVerdict("acme", "devices", T0, 10, 0, List.of()));
        assertThat(gate.unmet(input())).isEmpty();
    }

    @Test
    void shouldRefuseForkWritesNamingTheMissingKeysWhenTheCompletenessCheckFoundRootsMissing() {
        Gate gate = new CopyCompleteGate(List.of("bins"), copies);
        CopyPartition only = new CopyPartition("acme", "bins", 0, null, null);
        copies.savePlanIfAbsent(new CopyPlan("acme", "bins", List.of(only), 40, T0));
        done(only);
        copies.saveVerdict(new CopyVerdict("acme", "bins", T0, 40, 20, List.of("10.4.9", 10410L)));

        assertThat(gate.structural()).isTrue();
        assertThat(gate.unmet(input())).singleElement().asString()
                .contains("collection 'bins' is INCOMPLETE: 20 of 40 roots are not in MongoDB, e.g. [10.4.9, 10410]")
                .contains("\"restart\":true");
    }

    @Test
    void shouldRefuseForkWritesSoftlyNamingTheRootWhenTheCopyHasFindingsUntilTheCollectionIsCopiedAgain() {
        Gate gate = new CopyFindingsGate(List.of("bins", "devices"), copies);
        copies.savePlanIfAbsent(new CopyPlan("acme", "bins", List.of(new CopyPartition("acme", "bins", 0, null, null)),
                3, T0));
        copies.recordFinding(new CopyFinding("acme", "bins", "b-7", CopyFinding.Kind.UNWRITABLE, 17_000_123,
                "its BSON is 17000123 bytes, over MongoDB's limit"));
        copies.recordFinding(new CopyFinding("acme", "bins", "b-7", CopyFinding.Kind.UNWRITABLE, 17_000_123,
                "its BSON is 17000123 bytes, over MongoDB's limit"));
        copies.recordFinding(new CopyFinding("globex", "bins", "b-9", CopyFinding.Kind.UNMAPPABLE, 0, "finer"));

        assertThat(gate.structural()).as("force with a reason may pass it").isFalse();
        assertThat(gate.guards(PhaseTransition.COPY_TO_FORK_WRITES)).isTrue();
        assertThat(gate.unmet(input())).singleElement().asString()
                .contains("collection 'bins' has 1 root(s) MongoDB does not hold: unwritable: bins 'b-7' (17000123 bytes)")
                .contains("copy it again");

        copies.discardPlan("acme", "bins");
        assertThat(gate.unmet(input())).isEmpty();
        assertThat(copies.countFindings("globex", "bins")).isEqualTo(1);
    }

    @Test
    void shouldRefuseACopyPlannedBeforeTheTenantEnteredCopyThenAcceptOnePlannedAfter() {
        Gate gate = new CopyCompleteGate(List.of("bins"), copies);
        CopyPartition only = new CopyPartition("acme", "bins", 0, null, null);
        copies.savePlanIfAbsent(new CopyPlan("acme", "bins", List.of(only), 100, T0.minusSeconds(1)));
        done(only);

        assertThat(gate.unmet(input())).singleElement().asString()
                .contains("was planned at 2025-12-31T23:59:59Z, before the tenant entered COPY at 2026-01-01T00:00:00Z")
                .contains("writes in between were not captured");

        copies.discardPlan("acme", "bins");
        assertThat(copies.partitions("acme", "bins")).isEmpty();
        copies.savePlanIfAbsent(new CopyPlan("acme", "bins", List.of(only), 100, T0));
        assertThat(gate.unmet(input())).as("planned, not yet copied").singleElement().asString()
                .contains("0 of 1 partitions done");
        done(only);
        copies.saveVerdict(new CopyVerdict("acme", "bins", T0, 100, 0, List.of()));
        assertThat(gate.unmet(input())).isEmpty();
    }

    private void done(CopyPartition p) {
        copies.claim(p, "w", T0, T0.plusSeconds(30)).orElseThrow();
        assertThat(copies.complete(p, "w", 50, T0)).isTrue();
    }

    private static GateInput input() {
        return new GateInput(new TenantPhase("acme", Phase.COPY, T0, 1), PhaseTransition.COPY_TO_FORK_WRITES,
                TransitionRequest.of("FORK_WRITES", List.of("acme"), "r", true, null, "operator"), T0);
    }
}
