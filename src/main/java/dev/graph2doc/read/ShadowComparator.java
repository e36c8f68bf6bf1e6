package dev.graph2doc.read;

import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.KeyOrder;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.read.ShadowRead.KeyRead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Repeats a sample of served reads on the candidate store and compares, off the request path: a bounded queue whose
 * overflow drops the comparison (counted) instead of blocking, a timeout on every candidate read, and candidate
 * errors recorded, never thrown. Key reads waiting for the same tenant's collection on the same stores are read from
 * the candidate together, up to {@link #KEY_BATCH} in one request (one Cypher query instead of one each: the load a
 * 100% comparison puts on the candidate drops with the queue's length). Keys whose two sides carry different versions
 * (or exist on one side only) are re-read on both sides after {@code recheckDelay}, under the same timeout, because
 * a write racing the read is not a mismatch.
 */
public final class ShadowComparator implements AutoCloseable {

    /** At most this many waiting key reads answered by one candidate request. */
    static final int KEY_BATCH = 32;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ShadowComparator.class);

    private final ShadowSettings settings;
    private final ShadowListener listener;
    private final DoubleSupplier random;
    private final ShadowJudge judge;
    private final ArrayBlockingQueue<Job> queue;
    /** Jobs queued or running: {@link #idle} is exact, not a guess between a take and a count. */
    private final AtomicInteger pending = new AtomicInteger();
    private final List<Thread> workers;
    private volatile boolean closed;

    public ShadowComparator(DocumentDiff diff, ShadowSettings settings, ShadowListener listener, DoubleSupplier random) {
        this.settings = settings;
        this.listener = listener;
        this.random = random;
        this.judge = new ShadowJudge(diff, listener);
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.workers = IntStream.rangeClosed(1, settings.threads()).mapToObj(i -> Thread.ofPlatform().daemon()
                .name("shadow-compare-" + i).start(this::work)).toList();
    }

    public boolean sampled(Phase phase) {
        double ratio = settings.ratio(phase);
        return ratio > 0 && (ratio >= 1 || random.getAsDouble() < ratio);
    }

    /** Compares later, if there is room; returns at once either way. */
    void offer(Phase phase, ShadowRead read, Observation served, ReadSource control, ReadSource candidate) {
        enqueue(new Compare(new Sides(phase, read, control, candidate, settings.controlVsControl()), served));
    }

    private void enqueue(Job job) {
        pending.incrementAndGet();
        if (closed || !queue.offer(job)) {
            pending.decrementAndGet();
            listener.dropped(job.sides().read().tenant(), job.sides().read().collection().name());
        }
    }

    private void work() {
        while (!closed) {
            List<Job> jobs = new ArrayList<>();
            try {
                jobs.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(jobs, KEY_BATCH - 1);
            try {
                run(jobs);
            } catch (RuntimeException e) {
                LOG.warn("shadow comparison failed: {}", e.toString(), e);
            } finally {
                pending.addAndGet(-jobs.size());
            }
        }
    }

    private void run(List<Job> jobs) {
        Map<Group, List<Compare>> keyReads = new LinkedHashMap<>();
        for (Job job : jobs) {
            switch (job) {
                case Compare c when c.sides().read() instanceof KeyRead ->
                        keyReads.computeIfAbsent(Group.of(c.sides()), g -> new ArrayList<>()).add(c);
                case Compare c -> compare(c);
                case Recheck r -> recheck(r.sides(), r.raced());
            }
        }
        keyReads.values().forEach(this::compareKeys);
    }

    /** The timeout runs from the start of the candidate read, not from the offer: time queued is not the store's. */
    private void compare(Compare job) {
        timed(() -> job.sides().read().on(job.sides().candidate()),
                (observed, failure) -> judge(job.sides(), job.served(), observed, failure),
                failure -> judge.failed(job.sides(), failure));
    }

    /** Key reads of one collection: one candidate request for all their keys, each judged on its own. */
    private void compareKeys(List<Compare> group) {
        Sides first = group.get(0).sides();
        List<Object> keys = group.stream().map(c -> key(c.sides())).distinct().toList();
        timed(() -> first.candidate().getAll(first.read().tenant(), first.read().collection(), keys),
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

    /** Each raced key is re-read on both sides under the same timeout as the first candidate read. */
    private void recheck(Sides sides, List<DocumentPair> raced) {
        for (DocumentPair before : raced) {
            timed(() -> judge.reread(sides, before.key()), (now, failure) -> {
                if (failure != null) {
                    judge.failed(sides, before.key(), outcomeOf(failure));
                } else {
                    judge.rechecked(sides, now);
                }
            }, failure -> judge.failed(sides, before.key(), Outcome.ERROR));
        }
    }

    /**
     * Runs {@code read} on this thread and hands its answer, its failure or a timeout to {@code then} — whichever
     * comes first; a read outliving its timeout is reported as such at the timeout, its late answer ignored.
     */
    private <T> void timed(Supplier<T> read, BiConsumer<T, Throwable> then, Consumer<Outcome> onCallbackFailure) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        answer.orTimeout(settings.candidateTimeout().toMillis(), TimeUnit.MILLISECONDS).whenComplete((value, failure) -> {
            try {
                then.accept(value, failure);
            } catch (RuntimeException e) {
                // a callback's exception would vanish inside the future: count it, and say what it was
                LOG.warn("shadow comparison failed: {}", e.toString(), e);
                onCallbackFailure.accept(Outcome.ERROR);
            }
        });
        try {
            answer.complete(read.get());
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
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
            judge.failed(sides, outcomeOf(failure));
            return;
        }
        List<DocumentPair> raced = judge.compare(sides, DocumentPair.pair(served, answer));
        if (!raced.isEmpty()) {
            CompletableFuture.delayedExecutor(settings.recheckDelay().toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> enqueue(new Recheck(sides, raced)));
        }
    }

    private static Outcome outcomeOf(Throwable failure) {
        return cause(failure) instanceof TimeoutException ? Outcome.TIMEOUT : Outcome.ERROR;
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** Comparisons waiting for a thread: never more than the configured capacity. */
    public int queued() {
        return queue.size();
    }

    /** Nothing queued and no comparison running (re-checks scheduled for later are not counted). */
    public boolean idle() {
        return pending.get() == 0;
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
    }

    /** Everything a comparison reports about where it ran. */
    record Sides(Phase phase, ShadowRead read, ReadSource control, ReadSource candidate, boolean experiment) {
    }

    private sealed interface Job {
        Sides sides();
    }

    private record Compare(Sides sides, Observation served) implements Job {
    }

    private record Recheck(Sides sides, List<DocumentPair> raced) implements Job {
    }

    /** Key reads that one candidate request can answer together. */
    private record Group(Phase phase, String tenant, String collection, ReadSource control, ReadSource candidate,
                         boolean experiment) {
        static Group of(Sides sides) {
            return new Group(sides.phase(), sides.read().tenant(), sides.read().collection().name(), sides.control(),
                    sides.candidate(), sides.experiment());
        }
    }
}
