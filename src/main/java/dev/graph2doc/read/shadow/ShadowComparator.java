package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.KeyOrder;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.diff.Outcome;
import dev.graph2doc.read.shadow.ShadowJob.Compare;
import dev.graph2doc.read.shadow.ShadowJob.Recheck;
import dev.graph2doc.read.shadow.ShadowRead.KeyRead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * Repeats a sample of served reads on the candidate store and compares, off the request path: a bounded queue whose
 * overflow drops the comparison (counted) instead of blocking, a timeout on every candidate read, and candidate
 * errors recorded, never thrown. Key reads waiting for the same tenant's collection on the same stores are read from
 * the candidate together, up to {@link #KEY_BATCH} in one request (one Cypher query instead of one each: the load a
 * 100% comparison puts on the candidate drops with the queue's length). Keys whose two sides carry different versions
 * (or exist on one side only) are re-read on both sides after {@code recheckDelay}, under the same timeout, because
 * a write racing the read is not a mismatch; so are keys that differ at one version, settled (a read committed read
 * of Neo4j can see a commit half-applied), so that only a difference a settled read confirms is a mismatch.
 */
public final class ShadowComparator implements AutoCloseable {

    /** At most this many waiting key reads answered by one candidate request. */
    static final int KEY_BATCH = 32;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ShadowComparator.class);

    private final ShadowSettings settings;
    private final ShadowListener listener;
    private final DoubleSupplier random;
    private final ShadowJudge judge;
    private final BatchingWorkers<ShadowJob> workers;
    private final CandidateTimeout timeout;

    public ShadowComparator(DocumentDiff diff, ShadowSettings settings, ShadowListener listener, DoubleSupplier random) {
        this.settings = settings;
        this.listener = listener;
        this.random = random;
        this.judge = new ShadowJudge(diff, listener);
        this.timeout = new CandidateTimeout(settings.candidateTimeout());
        this.workers = new BatchingWorkers<>("shadow-compare", settings.threads(), settings.queueCapacity(), KEY_BATCH,
                this::run);
    }

    public boolean sampled(Phase phase) {
        double ratio = settings.ratio(phase);
        return ratio > 0 && (ratio >= 1 || random.getAsDouble() < ratio);
    }

    /** Compares later, if there is room; returns at once either way. */
    public void offer(Phase phase, ShadowRead read, Observation served, ReadSource control, ReadSource candidate) {
        enqueue(new Compare(new Sides(phase, read, control, candidate, settings.controlVsControl()), served));
    }

    private void enqueue(ShadowJob job) {
        if (!workers.offer(job)) {
            listener.dropped(job.sides().read().tenant(), job.sides().read().collection().name());
        }
    }

    private void run(List<ShadowJob> jobs) {
        Map<ShadowJob.Group, List<Compare>> keyReads = new LinkedHashMap<>();
        for (ShadowJob job : jobs) {
            switch (job) {
                case Compare c when c.sides().read() instanceof KeyRead ->
                        keyReads.computeIfAbsent(ShadowJob.Group.of(c.sides()), g -> new ArrayList<>()).add(c);
                case Compare c -> compare(c);
                case Recheck r -> recheck(r.sides(), r.raced());
            }
        }
        keyReads.values().forEach(this::compareKeys);
    }

    /** The timeout runs from the start of the candidate read, not from the offer: time queued is not the store's. */
    private void compare(Compare job) {
        timeout.run(() -> job.sides().read().on(job.sides().candidate()),
                (observed, failure) -> judge(job.sides(), job.served(), observed, failure),
                failure -> judge.failed(job.sides(), failure));
    }

    /** Key reads of one collection: one candidate request for all their keys, each judged on its own. */
    private void compareKeys(List<Compare> group) {
        Sides first = group.get(0).sides();
        List<Object> keys = group.stream().map(c -> key(c.sides())).distinct().toList();
        timeout.run(() -> first.candidate().getAll(first.read().tenant(), first.read().collection(), keys),
                (found, failure) -> group.forEach(c -> safely(c.sides(), () -> judge(c.sides(), c.served(),
                        failure == null ? answerFor(found, key(c.sides())) : null, failure))),
                failure -> group.forEach(c -> judge.failed(c.sides(), failure)));
    }

    private static Object key(Sides sides) {
        return ((KeyRead) sides.read()).key();
    }

    private static Observation answerFor(List<DocumentView> found, Object key) {
        return new Observation(found.stream().filter(d -> KeyOrder.same(d.key(), key)).limit(1).toList(), null);
    }

    /** Each key to read again is re-read on both sides under the same timeout as the first candidate read. */
    private void recheck(Sides sides, List<DocumentPair> again) {
        for (DocumentPair before : again) {
            timeout.run(() -> judge.reread(sides, before.key()), (now, failure) -> {
                if (failure != null) {
                    judge.failed(sides, before.key(), CandidateTimeout.outcomeOf(failure));
                } else {
                    judge.rechecked(sides, now);
                }
            }, failure -> judge.failed(sides, before.key(), Outcome.ERROR));
        }
    }

    /** One job of a group failing to judge must neither silence the others nor report them twice. */
    private void safely(Sides sides, Runnable judging) {
        try {
            judging.run();
        } catch (RuntimeException e) {
            LOG.warn("shadow comparison failed: {}", e.toString(), e);
            judge.failed(sides, Outcome.ERROR);
        }
    }

    private void judge(Sides sides, Observation served, Observation answer, Throwable failure) {
        if (failure != null) {
            judge.failed(sides, CandidateTimeout.outcomeOf(failure));
            return;
        }
        List<DocumentPair> again = judge.compare(sides, DocumentPair.pair(served, answer));
        if (!again.isEmpty()) {
            CompletableFuture.delayedExecutor(settings.recheckDelay().toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> enqueue(new Recheck(sides, again)));
        }
    }

    /** Comparisons waiting for a thread: never more than the configured capacity. */
    public int queued() {
        return workers.queued();
    }

    /** Nothing queued and no comparison running (re-checks scheduled for later are not counted). */
    public boolean idle() {
        return workers.idle();
    }

    @Override
    public void close() {
        workers.close();
    }

    /** Everything a comparison reports about where it ran. */
    record Sides(Phase phase, ShadowRead read, ReadSource control, ReadSource candidate, boolean experiment) {
    }
}
