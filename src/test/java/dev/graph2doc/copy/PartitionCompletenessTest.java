package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.testing.MutableClock;
import dev.graph2doc.testing.TestMappings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A partition is done only when what it wrote accounts for every root its range holds. */
class PartitionCompletenessTest {

    private static final Mapping THINGS = TestMappings.single("Thing", "id", List.of(), List.of());
    private static final CopySettings SETTINGS = new CopySettings(4, 100, Duration.ofSeconds(30), Duration.ofMillis(10));

    private final FakeCopyStores.Graph graph = new FakeCopyStores.Graph();
    private final FakeCopyStores.Documents documents = new FakeCopyStores.Documents();
    private final InMemoryCopyStateStore state = new InMemoryCopyStateStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private CopyCoordinator coordinator;

    @BeforeEach
    void tenRoots() {
        for (int i = 0; i < 10; i++) {
            graph.add("thing", "t-" + i);
        }
        coordinator = new CopyCoordinator(THINGS, graph, documents, state, SETTINGS, clock, clock::advance, Runnable::run,
                "a", CopyProgressListener.NONE);
        coordinator.start(List.of("acme"), List.of());
    }

    @Test
    void shouldNotMarkThePartitionDoneWhenItWroteFewerDocumentsThanItsRangeHolds() {
        graph.unseenByRanges.add("t-3");
        documents.lost.add("t-3"); // copying it by key does not help either

        assertThatThrownBy(() -> coordinator.copyOnePartition(() -> false))
                .isInstanceOf(IncompleteCopyException.class)
                .hasMessageContaining("Partition acme/thing/0")
                .hasMessageContaining("1 of its roots are not in MongoDB even after copying them by key once more, e.g. [t-3]");

        assertThat(state.partitions("acme", "thing")).singleElement().satisfies(s -> assertThat(s.done()).isFalse());
        assertThat(coordinator.status()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(CopyStatus.State.RUNNING));
    }

    @Test
    void shouldCopyByKeyAndMarkThePartitionDoneWhenItsRangeReadMissedARoot() throws InterruptedException {
        graph.unseenByRanges.add("t-3");

        assertThat(coordinator.copyOnePartition(() -> false)).isTrue();

        assertThat(documents.stored).containsKey("t-3").hasSize(10);
        assertThat(coordinator.status()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(CopyStatus.State.COMPLETE));
    }

    @Test
    void shouldSayIncompleteNamingTheKeysWhenOnlyTheCollectionsKeyScanFindsARootMongoDbLacks() throws InterruptedException {
        graph.unseenByBounds.add("t-7");
        documents.lost.add("t-7");
        state.discardPlan("acme", "thing");
        CopyCoordinator small = new CopyCoordinator(THINGS, graph, documents, state,
                new CopySettings(4, 5, Duration.ofSeconds(30), Duration.ofMillis(10)), clock, clock::advance, Runnable::run,
                "a", CopyProgressListener.NONE);
        small.start(List.of("acme"), List.of());

        int partitions = CopyFixture.copyAll(small);

        assertThat(partitions).as("(null, t-4], (t-4, t-9], (t-9, null): each done, their ranges blind to t-7").isEqualTo(3);
        assertThat(small.status()).singleElement().satisfies(s -> {
            assertThat(s.partitionsDone()).isEqualTo(3);
            assertThat(s.state()).isEqualTo(CopyStatus.State.INCOMPLETE);
            assertThat(s.missingCount()).isEqualTo(1);
            assertThat(s.missing()).containsExactly("t-7");
        });
    }

    @Test
    void shouldCopyByKeyWhatOnlyTheCollectionsKeyScanFindsAndSayComplete() throws InterruptedException {
        graph.unseenByBounds.add("t-7");
        state.discardPlan("acme", "thing");
        CopyCoordinator small = new CopyCoordinator(THINGS, graph, documents, state,
                new CopySettings(4, 5, Duration.ofSeconds(30), Duration.ofMillis(10)), clock, clock::advance, Runnable::run,
                "a", CopyProgressListener.NONE);
        small.start(List.of("acme"), List.of());

        CopyFixture.copyAll(small);

        assertThat(documents.stored).containsKey("t-7").hasSize(10);
        assertThat(small.status()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(CopyStatus.State.COMPLETE));
    }
}
