package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.copy.CopyStateStore.CopyControl;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestMappings;
import dev.graph2doc.testing.TestStores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StoresExtension.class)
class BulkCopyIT {

    private static final FleetSpec SPEC = new FleetSpec(2, 43, 1, 3L);
    /** 43 bins per tenant: neither the chunk (7) nor the partition (20) divides it. */
    private static final CopySettings SMALL = new CopySettings(7, 20, Duration.ofSeconds(30), Duration.ofMillis(10));

    private CopyFixture fixture;

    @BeforeEach
    void seed(TestStores stores) {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(SPEC, m -> { });
        fixture = new CopyFixture(stores, TestMappings.fleet());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldStoreExactlyTheRenderOfEveryRootWhenTheCopyCompletes() throws InterruptedException {
        CopyCoordinator coordinator = fixture.coordinator("a", SMALL, CopyProgressListener.NONE);
        coordinator.start(SPEC.tenantNames(), List.of());

        int partitions = CopyFixture.copyAll(coordinator);

        assertThat(partitions).isEqualTo(2 * (3 + 1 + 3)); // bins, devices: 43 roots -> 2 bounds, 3 ranges; sites: 3 roots -> 1 open range
        fixture.assertMongoEqualsRender(SPEC.tenantNames());
        assertThat(coordinator.status()).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(CopyStatus.State.COMPLETE);
            assertThat(s.done()).isEqualTo(s.total());
        });
    }

    @Test
    void shouldKeepANewerStoredDocumentWhenTheCopyRunsOverIt() throws InterruptedException {
        DocumentView newer = new DocumentView("bins", "b-000001", 99, Map.of("capacityLitres", 1L));
        fixture.documents.upsertIfNewer("acme", "bins", List.of(newer));
        CopyCoordinator coordinator = fixture.coordinator("a", SMALL, CopyProgressListener.NONE);
        coordinator.start(List.of("acme"), List.of("bins"));

        CopyFixture.copyAll(coordinator);

        assertThat(fixture.documents.find("acme", "bins", "b-000001")).get()
                .satisfies(d -> assertThat(d.version()).isEqualTo(99)).satisfies(d -> assertThat(d.body()).isEqualTo(Map.of("capacityLitres", 1L)));
        assertThat(fixture.documents.count("acme", "bins")).isEqualTo(43);
    }

    @Test
    void shouldReplaceOlderAndUnversionedStoredDocumentsWhenTheCopyRunsOverThem(TestStores stores) throws InterruptedException {
        var bins = stores.mongo().getDatabase("fleet_acme").getCollection("bins");
        bins.insertOne(new org.bson.Document("_id", "b-000002").append("stale", true));
        bins.insertOne(new org.bson.Document("_id", "b-000040").append("stale", true).append("_g2d_v", -1L));
        bins.insertOne(new org.bson.Document("_id", "b-999999").append("notInTheGraph", true).append("_g2d_v", 0L));
        CopyCoordinator coordinator = fixture.coordinator("a", SMALL, CopyProgressListener.NONE);
        coordinator.start(List.of("acme"), List.of("bins"));

        CopyFixture.copyAll(coordinator);

        assertThat(fixture.documents.find("acme", "bins", "b-000002").orElseThrow().body()).doesNotContainKey("stale");
        assertThat(fixture.documents.find("acme", "bins", "b-000040").orElseThrow().body()).doesNotContainKey("stale");
        assertThat(fixture.documents.count("acme", "bins")).isEqualTo(44); // the copy never deletes
    }

    @Test
    void shouldContinueFromTheCheckpointWhenAnotherInstanceTakesOverAnExpiredLease() throws InterruptedException {
        CopySettings onePartition = new CopySettings(10, 1000, Duration.ofSeconds(30), Duration.ofMillis(10));
        CopyCoordinator dying = fixture.coordinator("dying", onePartition, new CopyProgressListener() {
            @Override
            public void chunkCopied(CopyPartition p, int roots, int written, Duration took) {
                throw new IllegalStateException("killed after the first chunk");
            }
        });
        List<Integer> takeoverChunks = new ArrayList<>();
        CopyCoordinator survivor = fixture.coordinator("survivor", onePartition, new CopyProgressListener() {
            @Override
            public void chunkCopied(CopyPartition p, int roots, int written, Duration took) {
                takeoverChunks.add(roots);
            }
        });
        dying.start(List.of("acme"), List.of("bins"));
        try {
            dying.copyOnePartition(() -> false);
        } catch (IllegalStateException expected) {
            // the instance died holding its lease, after checkpointing its first chunk
        }

        boolean claimedWhileLeaseLive = survivor.copyOnePartition(() -> false);
        fixture.clock.advance(Duration.ofSeconds(31));
        boolean claimedAfterExpiry = survivor.copyOnePartition(() -> false);

        assertThat(claimedWhileLeaseLive).isFalse();
        assertThat(claimedAfterExpiry).isTrue();
        assertThat(takeoverChunks.stream().mapToInt(Integer::intValue).sum()).isEqualTo(43 - 10);
        assertThat(fixture.documents.count("acme", "bins")).isEqualTo(43);
        fixture.assertMongoEqualsRender(List.of("acme"), List.of("bins"));
    }

    @Test
    void shouldCopyNothingWhilePausedAndResumeFromWhereItStopped() throws InterruptedException {
        CopyCoordinator coordinator = fixture.coordinator("a", SMALL, CopyProgressListener.NONE);
        coordinator.start(List.of("acme"), List.of("bins"));
        fixture.state.saveControl(new CopyControl(true, 0));

        boolean copiedWhilePaused = coordinator.copyOnePartition(() -> false);
        fixture.state.saveControl(new CopyControl(false, 0));
        CopyFixture.copyAll(coordinator);

        assertThat(copiedWhilePaused).isFalse();
        assertThat(coordinator.status()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(CopyStatus.State.COMPLETE));
        fixture.assertMongoEqualsRender(List.of("acme"), List.of("bins"));
    }

    @Test
    void shouldRefuseAnUnknownCollectionNamingTheKnownOnes() {
        CopyCoordinator coordinator = fixture.coordinator("a", SMALL, CopyProgressListener.NONE);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> coordinator.start(List.of("acme"), List.of("binz")))
                .hasMessageContaining("Unknown collection(s) [binz]").hasMessageContaining("[bins, sites, devices]");
        assertThat(fixture.state.plans()).isEmpty();
    }
}
