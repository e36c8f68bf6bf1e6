package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.phase.Gate;
import dev.graph2doc.phase.GateInput;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseTransition;
import dev.graph2doc.phase.TenantPhase;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestMappings;
import dev.graph2doc.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Session;

/** A copy says COMPLETE only when MongoDB holds every root; what MongoDB refuses is a named finding, not a retry. */
@ExtendWith(StoresExtension.class)
class CopyCompletenessIT {

    private static final Mapping HOSTS = TestMappings.single("Host", "ip", List.of(), List.of());
    private static final Mapping THINGS = TestMappings.single("Thing", "id", List.of(), List.of());

    private TestStores stores;

    @BeforeEach
    void empty(TestStores stores) {
        this.stores = stores;
        stores.clear();
    }

    /** 39 string keys and one number: a range bounded by a string and the number holds nothing for Cypher's predicate. */
    @ParameterizedTest(name = "chunk {0}")
    @ValueSource(ints = {10, 1000})
    void shouldCopyEveryRootWhenKeysMixStringsAndNumbers(int chunk) throws InterruptedException {
        cypher("UNWIND range(1, 39) AS i CREATE (:Host {ip: '10.' + (i / 10) + '.' + (i % 10), n: i})");
        cypher("CREATE (:Host {ip: 10410, n: 40})");
        CopySettings settings = new CopySettings(chunk, chunk == 10 ? 20 : 5000, Duration.ofSeconds(30), Duration.ofMillis(10));
        try (CopyFixture fixture = new CopyFixture(stores, HOSTS)) {
            CopyCoordinator coordinator = fixture.coordinator("a", settings, CopyProgressListener.NONE);
            coordinator.start(List.of("solo"), List.of());

            CopyFixture.copyAll(coordinator);

            assertThat(fixture.documents.count("solo", "host")).isEqualTo(40);
            assertThat(fixture.documents.find("solo", "host", 10410L)).isPresent();
            assertThat(coordinator.status()).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(CopyStatus.State.COMPLETE);
                assertThat(s.missingCount()).isZero();
            });
        }
    }

    @Test
    void shouldCompleteTheOthersAndNameTheRootWhenOneDocumentIsOverSixteenMebibytes() throws InterruptedException {
        cypher("UNWIND range(1, 300) AS i CREATE (:Thing {id: 't-' + right('00' + i, 3), n: i})");
        cypher("MATCH (t:Thing {id: 't-150'}) SET t.blob = reduce(s = 'x', i IN range(1, 24) | s + s)"); // 16 MiB of x
        try (CopyFixture fixture = new CopyFixture(stores, THINGS)) {
            CopySettings settings = new CopySettings(50, 100, Duration.ofSeconds(30), Duration.ofMillis(10));
            CopyCoordinator coordinator = fixture.coordinator("a", settings, CopyProgressListener.NONE);
            coordinator.start(List.of("solo"), List.of());

            int partitions = CopyFixture.copyAll(coordinator);

            assertThat(partitions).as("each partition once (3 bounds, 4 ranges): no retry loop").isEqualTo(4);
            assertThat(fixture.documents.count("solo", "thing")).isEqualTo(299);
            assertThat(fixture.documents.find("solo", "thing", "t-150")).isEmpty();
            CopyStatus status = coordinator.status().get(0);
            assertThat(status.state()).isEqualTo(CopyStatus.State.COMPLETE_WITH_FINDINGS);
            assertThat(status.findings()).isEqualTo(1);
            CopyFinding finding = status.examples().get(0);
            assertThat(finding.kind()).isEqualTo(CopyFinding.Kind.UNWRITABLE);
            assertThat(finding.key()).isEqualTo("t-150");
            assertThat(finding.bytes()).isGreaterThan(16L * 1024 * 1024);
            assertThat(finding.reason()).contains("over MongoDB's limit of 16777216 bytes");

            Gate gate = new CopyFindingsGate(List.of("thing"), fixture.state);
            assertThat(gate.unmet(forkWrites())).singleElement().asString()
                    .contains("1 root(s) MongoDB does not hold: unwritable: thing 't-150' (" + finding.bytes() + " bytes)");
        }
    }

    @Test
    void shouldCheckTheCollectionAgainWhenItsCheckerDiedBeforeSavingAVerdict() throws InterruptedException {
        cypher("UNWIND range(1, 30) AS i CREATE (:Thing {id: 't-' + right('00' + i, 3)})");
        try (CopyFixture fixture = new CopyFixture(stores, THINGS)) {
            CopyCoordinator coordinator = fixture.coordinator("a", CopySettings.DEFAULT, CopyProgressListener.NONE);
            coordinator.start(List.of("solo"), List.of());
            CopyFixture.copyAll(coordinator);
            // as if the checker had died right after the last partition
            stores.mongo().getDatabase("graph2doc_control_test").getCollection("copy_verdicts").deleteMany(new Document());
            assertThat(coordinator.status().get(0).state()).isEqualTo(CopyStatus.State.CHECKING);

            assertThat(coordinator.copyOnePartition(() -> false)).as("a check is work").isTrue();

            assertThat(coordinator.status().get(0).state()).isEqualTo(CopyStatus.State.COMPLETE);
            assertThat(coordinator.copyOnePartition(() -> false)).isFalse();
        }
    }

    private static GateInput forkWrites() {
        return new GateInput(new TenantPhase("solo", Phase.COPY, Instant.EPOCH, 1), PhaseTransition.COPY_TO_FORK_WRITES,
                null, Instant.EPOCH);
    }

    private void cypher(String query) {
        try (Session session = stores.neo4j().session()) {
            session.run(query, Map.of()).consume();
        }
    }
}
