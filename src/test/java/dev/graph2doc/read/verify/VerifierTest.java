package dev.graph2doc.read.verify;

import static dev.graph2doc.read.verify.VerificationFakeStores.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.copy.Throttle;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.testing.MutableClock;
import dev.graph2doc.testing.TestMappings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifierTest {

    private static final Mapping MAPPING = TestMappings.fleet();

    private final VerificationFakeStores stores = new VerificationFakeStores();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<Duration> slept = new ArrayList<>();

    /** bins k01..k20 in both stores, version 1. */
    private void both(int from, int to) {
        for (int i = from; i <= to; i++) {
            stores.graph.put(doc("bins", key(i), 1, i));
            stores.documents.put(doc("bins", key(i), 1, i));
        }
    }

    private static String key(int i) {
        return String.format("k%02d", i);
    }

    private Verifier verifier(int batchSize, long maxPerSecond) {
        return new Verifier(MAPPING, stores.graph, stores.documents, new DocumentDiff(MAPPING, List.of()),
                new VerificationSettings(batchSize, maxPerSecond, 2, Duration.ofSeconds(30), Duration.ofSeconds(1)),
                new Throttle(clock, d -> { slept.add(d); clock.advance(d); }));
    }

    private static VerificationSlice bins() {
        return VerificationSlice.pending(0, "acme", "bins");
    }

    private VerificationSlice verify(int batchSize) {
        return verifier(batchSize, 0).verify(bins(), false, s -> true);
    }

    @Test
    void shouldCountAMatchWhenADifferenceAtOneVersionIsGoneOnTheLockedReread() {
        both(1, 5);
        // a read committed range read that caught version 1's commit half-applied: the locked re-read sees it whole
        VerificationFakeStores.Graph torn = new VerificationFakeStores.Graph() {
            @Override
            public RenderBatch renderRange(CollectionMapping c, String tenant, Object after, Object upTo, int limit) {
                RenderBatch read = super.renderRange(c, tenant, after, upTo, limit);
                return new RenderBatch(read.documents().stream().map(d -> d.key().equals(key(3))
                        ? doc("bins", key(3), 1, "half-applied") : d).toList(), read.problems(), read.lastKey(),
                        read.rootsRead());
            }
        };
        stores.graph.roots.forEach((collection, docs) -> docs.values().forEach(torn::put));
        Verifier verifier = new Verifier(MAPPING, torn, stores.documents, new DocumentDiff(MAPPING, List.of()),
                new VerificationSettings(10, 0, 2, Duration.ofSeconds(30), Duration.ofSeconds(1)),
                new Throttle(clock, d -> { }));

        VerificationSlice slice = verifier.verify(bins(), false, s -> true);

        assertThat(slice.counts()).isEqualTo(new VerificationCounts(5, 0, 0, 0, 0, 0, 0));
        assertThat(torn.lockedKeys).containsExactly(key(3));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 20, 500})
    void shouldCountEachDifferenceOnceWhateverTheBatchBoundaries(int batchSize) {
        both(1, 20);
        stores.documents.of("bins").remove(key(3));
        stores.documents.of("bins").remove(key(20));
        stores.documents.put(doc("bins", "k00", 1, 0));
        stores.documents.put(doc("bins", "k105", 1, 0));
        stores.documents.put(doc("bins", "k99", 1, 0));
        stores.documents.put(doc("bins", key(7), 1, "corrupted"));

        VerificationSlice slice = verify(batchSize);

        assertThat(slice.done()).isTrue();
        assertThat(slice.counts()).isEqualTo(new VerificationCounts(17, 2, 3, 1, 0, 0, 0));
        assertThat(slice.expected()).isEqualTo(20);
        assertThat(slice.examples()).filteredOn(e -> e.kind().equals("mismatched")).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("k07")).satisfies(e -> assertThat(e.outcome()).isEqualTo("field"));
        assertThat(slice.examples()).filteredOn(e -> e.kind().equals("missing")).extracting(VerificationExample::key)
                .containsExactly("k03", "k20");
        assertThat(slice.examples()).filteredOn(e -> e.kind().equals("extra")).extracting(VerificationExample::key)
                .as("at most 2 examples per kind").containsExactly("k00", "k105");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 500})
    void shouldTellTheListenerWhatTheSliceCountsWhateverTheBatchBoundaries(int batchSize) {
        both(1, 10);
        stores.documents.of("bins").remove(key(3));
        stores.documents.put(doc("bins", key(7), 1, "corrupted"));
        stores.graph.put(doc("bins", key(4), 2, "written")); // raced: told once, at the re-check
        java.util.Map<String, Long> told = new java.util.TreeMap<>();
        Verifier verifier = new Verifier(MAPPING, stores.graph, stores.documents, new DocumentDiff(MAPPING, List.of()),
                new VerificationSettings(batchSize, 0, 2, Duration.ofSeconds(30), Duration.ofSeconds(1)),
                new Throttle(clock, clock::advance), new VerificationListener() {
                    @Override
                    public void judged(String tenant, String collection, String result, long documents) {
                        told.merge(tenant + "/" + collection + "/" + result, documents, Long::sum);
                    }
                }, RepairQueue.NONE);

        VerificationSlice slice = verifier.verify(bins(), false, s -> true);

        assertThat(slice.counts()).isEqualTo(new VerificationCounts(7, 1, 0, 1, 1, 0, 0));
        assertThat(told).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("acme/bins/matched", 7L,
                "acme/bins/missing", 1L, "acme/bins/mismatched", 1L, "acme/bins/unsettled", 1L));
    }

    @Test
    void shouldMatchEverythingAndFinishWhenBothStoresAreEmpty() {
        VerificationSlice slice = verify(5);

        assertThat(slice.done()).isTrue();
        assertThat(slice.counts()).isEqualTo(VerificationCounts.ZERO);
    }

    @Test
    void shouldCountADifferentVersionAsUnsettledNotMismatchedWhenItStillDiffersAtTheReCheck() {
        both(1, 10);
        stores.graph.put(doc("bins", key(4), 2, "written")); // MongoDB's half still in the backlog

        VerificationSlice slice = verify(3);

        assertThat(slice.counts()).isEqualTo(new VerificationCounts(9, 0, 0, 0, 1, 0, 0));
        assertThat(slice.examples()).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo("stale"));
    }

    @Test
    void shouldCountACreateOrDeleteWaitingInTheRepairBacklogAsUnsettledWhenItIsStillOneSidedAtTheReCheck() {
        both(1, 10);
        stores.graph.put(doc("bins", key(11), 1, 11)); // created in the graph; its MongoDB half waits in the backlog
        stores.documents.put(doc("bins", "k77", 3, "gone")); // deleted in the graph; its removal waits too
        stores.graph.put(doc("bins", key(12), 1, 12)); // missing, and no repair on its way
        java.util.List<Object> asked = new java.util.ArrayList<>();
        RepairQueue backlog = (tenant, collection, keys) -> {
            asked.addAll(keys);
            return java.util.Set.of(key(11), "k77");
        };
        Verifier verifier = new Verifier(MAPPING, stores.graph, stores.documents, new DocumentDiff(MAPPING, List.of()),
                VerificationSettings.DEFAULT, new Throttle(clock, clock::advance), VerificationListener.NONE, backlog);

        VerificationSlice slice = verifier.verify(bins(), false, s -> true);

        assertThat(slice.counts()).isEqualTo(new VerificationCounts(10, 1, 0, 0, 2, 0, 0));
        assertThat(asked).as("only one-sided keys are looked up").containsExactlyInAnyOrder(key(11), key(12), "k77");
        assertThat(slice.examples()).filteredOn(e -> e.kind().equals("unsettled"))
                .extracting(VerificationExample::key, VerificationExample::paths)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(key(11),
                        List.of("waits in the repair backlog (was missing)")),
                        org.assertj.core.groups.Tuple.tuple("k77", List.of("waits in the repair backlog (was extra)")));
    }

    @Test
    void shouldCompareTheBodiesWhenTheRacingWriteLandedByTheReCheck() {
        both(1, 10);
        stores.graph.put(doc("bins", key(4), 2, "written"));
        // the scan's page still sees version 1; the write's MongoDB half lands before the re-check reads it
        stores.documents.put(doc("bins", key(4), 2, "written"));
        DocumentView old = doc("bins", key(4), 1, 4);
        VerificationFakeStores.Documents lagging = new VerificationFakeStores.Documents() {
            @Override
            public List<DocumentView> page(String tenant, String collection, Object after, int limit) {
                return super.page(tenant, collection, after, limit).stream()
                        .map(d -> d.key().equals(old.key()) ? old : d).toList();
            }
        };
        stores.documents.stored.forEach((c, docs) -> docs.values().forEach(lagging::put));
        Verifier verifier = new Verifier(MAPPING, stores.graph, lagging, new DocumentDiff(MAPPING, List.of()),
                VerificationSettings.DEFAULT, new Throttle(clock, clock::advance));

        VerificationSlice slice = verifier.verify(bins(), false, s -> true);

        assertThat(slice.counts()).isEqualTo(new VerificationCounts(10, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void shouldReCheckADocumentCreatedDuringTheScanInsteadOfCountingItMissing() {
        both(1, 10);
        stores.graph.put(doc("bins", key(11), 1, 11));
        VerificationFakeStores.Documents lagging = new VerificationFakeStores.Documents() {
            @Override
            public List<DocumentView> page(String tenant, String collection, Object after, int limit) {
                List<DocumentView> page = super.page(tenant, collection, after, limit);
                put(doc("bins", key(11), 1, 11)); // the create's MongoDB half lands just after the page was read
                return page;
            }
        };
        stores.documents.stored.forEach((c, docs) -> docs.values().forEach(lagging::put));
        Verifier verifier = new Verifier(MAPPING, stores.graph, lagging, new DocumentDiff(MAPPING, List.of()),
                new VerificationSettings(20, 0, 10, Duration.ofSeconds(30), Duration.ofSeconds(1)),
                new Throttle(clock, clock::advance));

        VerificationSlice slice = verifier.verify(bins(), false, s -> true);

        assertThat(slice.counts()).isEqualTo(new VerificationCounts(11, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void shouldRepairMissingMismatchedAndExtraDocumentsAndReportThemRepaired() {
        both(1, 10);
        stores.documents.of("bins").remove(key(2));
        stores.documents.put(doc("bins", key(5), 1, "corrupted"));
        stores.documents.put(doc("bins", "k77", 1, "extra"));

        VerificationSlice slice = verifier(4, 0).verify(bins(), true, s -> true);
        VerificationSlice again = verify(4);

        assertThat(slice.counts()).isEqualTo(new VerificationCounts(8, 1, 1, 1, 0, 0, 3));
        assertThat(again.counts()).isEqualTo(new VerificationCounts(10, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void shouldResumeFromTheLastCheckpointWithAFreshVerifier() {
        both(1, 20);
        stores.documents.put(doc("bins", key(2), 1, "corrupted"));
        stores.documents.put(doc("bins", key(15), 1, "corrupted"));
        AtomicInteger saves = new AtomicInteger();
        List<VerificationSlice> saved = new ArrayList<>();

        VerificationSlice stopped = verifier(4, 0).verify(bins(), false, s -> {
            saved.add(s);
            return saves.incrementAndGet() < 2; // the process dies after its second checkpoint
        });
        stores.graph.rangeStarts.clear();
        VerificationSlice resumed = verifier(4, 0).verify(saved.getLast(), false, s -> true);

        assertThat(stopped.done()).isFalse();
        assertThat(stopped.checkpoint()).isEqualTo("k08");
        assertThat(stores.graph.rangeStarts.getFirst()).as("no key read twice").isEqualTo("k08");
        assertThat(resumed.done()).isTrue();
        assertThat(resumed.counts()).isEqualTo(new VerificationCounts(18, 0, 0, 2, 0, 0, 0));
    }

    @Test
    void shouldStopAtTheNextBatchAndKeepTheInterruptWhenInterrupted() {
        both(1, 20);
        List<VerificationSlice> saved = new ArrayList<>();
        try {
            Thread.currentThread().interrupt();
            VerificationSlice stopped = verifier(5, 0).verify(bins(), false, saved::add);

            assertThat(stopped.done()).isFalse();
            assertThat(saved).hasSize(1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void shouldPaceBatchesToTheCap() {
        both(1, 20);

        verifier(5, 10).verify(bins(), false, s -> true);

        // 4 batches of 5 at 10/s: each after the first waits for the previous one's half second
        assertThat(slept).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void shouldNeverHoldMoreRacedKeysThanABatch() {
        for (int i = 1; i <= 30; i++) {
            stores.graph.put(doc("bins", key(i), 2, i));
            stores.documents.put(doc("bins", key(i), 1, i));
        }
        List<Integer> pending = new ArrayList<>();

        VerificationSlice slice = verifier(4, 0).verify(bins(), false, s -> pending.add(s.pending().size()));

        assertThat(pending).allSatisfy(n -> assertThat(n).isLessThan(4));
        assertThat(slice.counts().unsettled()).isEqualTo(30);
    }

    @Test
    void shouldCountAnUnrenderableRootApartAndNotAsExtra() {
        both(1, 6);
        stores.graph.unrenderable.put(key(3), "nanoseconds do not fit a BSON date");

        VerificationSlice slice = verify(2);

        assertThat(slice.counts()).isEqualTo(new VerificationCounts(5, 0, 0, 0, 0, 1, 0));
        assertThat(slice.examples()).singleElement().satisfies(e -> assertThat(e.paths().getFirst()).contains("nanoseconds"));
    }

    @Test
    void shouldRefuseToMergeKeysOfMixedTypesRatherThanReportFalseDifferences() {
        both(1, 3);
        stores.documents.put(doc("bins", 5L, 1, 5));

        assertThatThrownBy(() -> verify(10)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MongoDB returned key 5 (Long) after 'k03'")
                .hasMessageContaining("of one type");
    }

    @Test
    void shouldCompareNumericKeysByValue() {
        for (long i = 1; i <= 12; i++) {
            stores.graph.put(doc("bins", i * 5, 1, i));
            stores.documents.put(doc("bins", i * 5, 1, i));
        }

        assertThat(verify(5).counts()).isEqualTo(new VerificationCounts(12, 0, 0, 0, 0, 0, 0));
        assertThat(stores.documents.pages).as("pages of 5, 5 and 2: the short one ends the stream").isEqualTo(3);
    }
}
