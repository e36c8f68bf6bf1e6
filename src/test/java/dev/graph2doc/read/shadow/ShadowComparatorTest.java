package dev.graph2doc.read.shadow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Target;
import dev.graph2doc.mapping.Tenancy;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.diff.Outcome;
import dev.graph2doc.read.shadow.ShadowRead.KeyRead;
import dev.graph2doc.read.shadow.ShadowRead.PageRead;
import dev.graph2doc.store.FieldFilter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShadowComparatorTest {

    private static final CollectionMapping DEVICES = new CollectionMapping("devices", "Device", "id", Fields.ALL,
            List.of(), List.of(), List.of());
    private static final Mapping MAPPING = Mapping.of("test", Tenancy.fixed("t"), new Target(dev.graph2doc.mapping.Layout.DATABASE_PER_TENANT, "t_", null),
            List.of(DEVICES));

    private final FakeSource control = new FakeSource("neo4j");
    private final FakeSource candidate = new FakeSource("mongodb");
    private final BlockingQueue<ComparisonResult> results = new LinkedBlockingQueue<>();
    private final AtomicInteger dropped = new AtomicInteger();
    private ShadowComparator comparator;

    @AfterEach
    void close() {
        if (comparator != null) {
            comparator.close();
        }
    }

    private ShadowComparator comparator(int threads, int queue, Duration timeout) {
        ShadowSettings settings = new ShadowSettings(Map.of(Phase.COMPARE, 1.0, Phase.FORK_WRITES, 0.25), threads,
                queue, timeout, Duration.ofMillis(20), false, List.of(), 2000);
        comparator = new ShadowComparator(new DocumentDiff(MAPPING, List.of()), settings, new ShadowListener() {
            @Override
            public void compared(ComparisonResult result) {
                results.add(result);
            }

            @Override
            public void dropped(String tenant, String collection) {
                dropped.incrementAndGet();
            }
        }, () -> 0.5);
        return comparator;
    }

    private void offerKey(String key) {
        KeyRead read = new KeyRead("t", DEVICES, key);
        comparator.offer(Phase.COMPARE, read, read.on(control), control, candidate);
    }

    private ComparisonResult next() throws InterruptedException {
        ComparisonResult r = results.poll(5, TimeUnit.SECONDS);
        assertThat(r).as("a comparison result within 5 s").isNotNull();
        return r;
    }

    @Test
    void shouldSampleByThePhaseRatioWhenOffered() {
        comparator(1, 10, Duration.ofSeconds(1));
        assertThat(comparator.sampled(Phase.COMPARE)).isTrue();
        assertThat(comparator.sampled(Phase.FORK_WRITES)).as("0.5 drawn, ratio 0.25").isFalse();
        assertThat(comparator.sampled(Phase.GRAPH_ONLY)).isFalse();
    }

    @Test
    void shouldReportMatchWhenBothStoresHoldTheSameDocument() throws Exception {
        comparator(1, 10, Duration.ofSeconds(1));
        control.put("d-1", 3, Map.of("model", "X"));
        candidate.put("d-1", 3, Map.of("model", "X"));
        offerKey("d-1");
        ComparisonResult r = next();
        assertThat(r.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(r.controlStore()).isEqualTo("neo4j");
        assertThat(r.candidateStore()).isEqualTo("mongodb");
    }

    @Test
    void shouldReportMissingWhenTheCandidateLacksTheDocumentAfterTheRecheck() throws Exception {
        comparator(1, 10, Duration.ofSeconds(1));
        control.put("d-1", 3, Map.of("model", "X"));
        offerKey("d-1");
        assertThat(next().outcome()).isEqualTo(Outcome.MISSING);
        assertThat(candidate.reads.get()).as("read once, then re-read once").isEqualTo(2);
    }

    @Test
    void shouldReportFieldWithThePathWhenTheSameVersionDiffers() throws Exception {
        comparator(1, 10, Duration.ofSeconds(1));
        control.put("d-1", 3, Map.of("model", "X"));
        candidate.put("d-1", 3, Map.of("model", "Y"));
        offerKey("d-1");
        ComparisonResult r = next();
        assertThat(r.outcome()).isEqualTo(Outcome.FIELD);
        assertThat(r.paths()).isNotEmpty();
        assertThat(candidate.settledReads.get()).as("confirmed by one settled re-read").isEqualTo(1);
        assertThat(control.settledReads.get()).isEqualTo(1);
    }

    @Test
    void shouldReportMatchWhenADifferenceAtOneVersionIsGoneOnTheSettledReread() throws Exception {
        comparator(1, 10, Duration.ofSeconds(1));
        control.put("d-1", 4, Map.of("model", "new"));
        candidate.put("d-1", 4, Map.of("model", "new"));
        // a read committed render that caught version 4's commit half-applied: version 4, version 3's body
        control.once = new dev.graph2doc.mapping.DocumentView("devices", "d-1", 4, Map.of("model", "old"));
        offerKey("d-1");
        assertThat(next().outcome()).isEqualTo(Outcome.MATCH);
        assertThat(control.settledReads.get()).isEqualTo(1);
        assertThat(results.poll(200, TimeUnit.MILLISECONDS)).as("one result per comparison").isNull();
    }

    @Test
    void shouldCompareTheRereadWhenARacingWriteCaughtUp() throws Exception {
        comparator(1, 10, Duration.ofSeconds(1));
        control.put("d-1", 4, Map.of("model", "new"));
        candidate.put("d-1", 4, Map.of("model", "new"));
        candidate.once = new dev.graph2doc.mapping.DocumentView("devices", "d-1", 3, Map.of("model", "old"));
        offerKey("d-1"); // the candidate first answers version 3; its write of version 4 lands before the re-read
        assertThat(next().outcome()).isEqualTo(Outcome.MATCH);
        assertThat(candidate.reads.get()).isEqualTo(2);
    }

    @Test
    void shouldReportStaleWhenVersionsStillDifferAtTheRecheck() throws Exception {
        comparator(1, 10, Duration.ofSeconds(1));
        control.put("d-1", 4, Map.of("model", "new"));
        candidate.put("d-1", 3, Map.of("model", "old"));
        offerKey("d-1");
        assertThat(next().outcome()).isEqualTo(Outcome.STALE);
    }

    @Test
    void shouldCountAnErrorAndNeverThrowWhenTheCandidateFails() throws Exception {
        comparator(1, 10, Duration.ofSeconds(1));
        control.put("d-1", 3, Map.of("model", "X"));
        candidate.failure = new IllegalStateException("connection refused");
        offerKey("d-1");
        ComparisonResult r = next();
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.key()).isEqualTo("d-1");
    }

    @Test
    void shouldReadWaitingKeysOfOneCollectionInOneCandidateRequestWhenTheyQueueUp() throws Exception {
        comparator(1, 10, Duration.ofSeconds(5));
        for (int i = 1; i <= 6; i++) {
            control.put("d-" + i, 3, Map.of("model", "X"));
            candidate.put("d-" + i, 3, Map.of("model", i == 4 ? "Y" : "X"));
        }
        candidate.hang = new CountDownLatch(1);
        offerKey("d-1");
        awaitCandidateReads(1);
        for (int i = 2; i <= 6; i++) {
            offerKey("d-" + i);
        }
        candidate.hang.countDown();

        Map<Object, Outcome> outcomes = new java.util.TreeMap<>();
        for (int i = 0; i < 6; i++) {
            ComparisonResult r = next();
            outcomes.put(r.key(), r.outcome());
        }
        assertThat(candidate.batches).containsExactly(1, 5);
        assertThat(outcomes).containsEntry("d-4", Outcome.FIELD).containsEntry("d-6", Outcome.MATCH).hasSize(6);
    }

    @Test
    void shouldCountAnErrorForEveryKeyWhenABatchedCandidateReadFails() throws Exception {
        comparator(1, 10, Duration.ofSeconds(5));
        control.put("d-1", 3, Map.of("model", "X")).put("d-2", 3, Map.of("model", "X")).put("d-3", 3, Map.of("model", "X"));
        candidate.hang = new CountDownLatch(1);
        offerKey("d-1");
        awaitCandidateReads(1);
        offerKey("d-2");
        offerKey("d-3");
        candidate.failure = new IllegalStateException("connection refused");
        candidate.hang.countDown();

        List<ComparisonResult> got = List.of(next(), next(), next());
        assertThat(got).extracting(ComparisonResult::outcome).containsOnly(Outcome.ERROR);
        assertThat(got).extracting(ComparisonResult::key).containsExactlyInAnyOrder("d-1", "d-2", "d-3");
        assertThat(results.poll(200, TimeUnit.MILLISECONDS)).as("no key reported twice").isNull();
    }

    @Test
    void shouldCountATimeoutWhenTheCandidateHangs() throws Exception {
        comparator(1, 10, Duration.ofMillis(100));
        control.put("d-1", 3, Map.of("model", "X"));
        candidate.hang = new CountDownLatch(1);
        offerKey("d-1");
        assertThat(next().outcome()).isEqualTo(Outcome.TIMEOUT);
        candidate.hang.countDown();
    }

    @Test
    void shouldCountATimeoutWhenTheCandidateHangsOnTheRecheck() throws Exception {
        comparator(1, 10, Duration.ofMillis(200));
        control.put("d-1", 4, Map.of("model", "new"));
        candidate.put("d-1", 4, Map.of("model", "new"));
        candidate.once = new dev.graph2doc.mapping.DocumentView("devices", "d-1", 3, Map.of("model", "old"));
        candidate.hangOnReread = new CountDownLatch(1);
        offerKey("d-1");
        ComparisonResult r = next();
        candidate.hangOnReread.countDown();
        assertThat(r.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(r.key()).isEqualTo("d-1");
        assertThat(results.poll(300, TimeUnit.MILLISECONDS)).as("the late answer is not reported as well").isNull();
    }

    @Test
    void shouldDropAndCountInsteadOfBlockingWhenTheQueueIsFull() {
        comparator(1, 2, Duration.ofSeconds(30));
        control.put("d-1", 3, Map.of("model", "X"));
        candidate.hang = new CountDownLatch(1);
        offerKey("d-1");
        awaitCandidateReads(1); // the one thread now hangs in the candidate
        for (int i = 0; i < 9; i++) {
            offerKey("d-1"); // two queued, the rest dropped — offer returns at once every time
        }
        assertThat(dropped.get()).isEqualTo(7);
        assertThat(comparator.queued()).isLessThanOrEqualTo(2);
        candidate.hang.countDown();
    }

    private void awaitCandidateReads(int reads) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (candidate.reads.get() < reads && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(candidate.reads.get()).as("candidate reads started").isGreaterThanOrEqualTo(reads);
    }

    @Test
    void shouldCompareOnlyKeysBothPagesCoverWhenAPageIsFull() throws Exception {
        comparator(1, 10, Duration.ofSeconds(1));
        for (String k : List.of("a", "b", "c", "d")) {
            control.put(k, 1, Map.of("v", k));
        }
        for (String k : List.of("a", "c", "d")) {
            candidate.put(k, 1, Map.of("v", k));
        }
        PageRead read = new PageRead("t", DEVICES, new ReadQuery("devices", FieldFilter.NONE, null, 2));
        comparator.offer(Phase.COMPARE, read, read.on(control), control, candidate);
        // control page [a, b] (next b); candidate page [a, c] (next c): compare a, b only — c is on control's next page
        ComparisonResult first = next();
        ComparisonResult second = next();
        assertThat(List.of(first.key() + ":" + first.outcome(), second.key() + ":" + second.outcome()))
                .containsExactlyInAnyOrder("a:MATCH", "b:MISSING");
        assertThat(results.poll(300, TimeUnit.MILLISECONDS)).as("c is on the control's next page, not extra").isNull();
    }
}
