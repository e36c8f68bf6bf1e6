package dev.graph2doc.read;

import dev.graph2doc.phase.Phase;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Repeats a sample of served reads on the candidate store and compares, off the request path: a bounded pool whose
 * full queue drops the comparison (counted) instead of blocking, a timeout on every candidate read, and candidate
 * errors recorded, never thrown. Keys whose two sides carry different versions (or exist on one side only) are
 * re-read on both sides after {@code recheckDelay}, under the same timeout, because a write racing the read is not
 * a mismatch.
 */
public final class ShadowComparator implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ShadowComparator.class);

    private final ShadowSettings settings;
    private final ShadowListener listener;
    private final DoubleSupplier random;
    private final ThreadPoolExecutor pool;
    private final ShadowJudge judge;

    public ShadowComparator(DocumentDiff diff, ShadowSettings settings, ShadowListener listener, DoubleSupplier random) {
        this.settings = settings;
        this.listener = listener;
        this.random = random;
        this.pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queueCapacity()), daemonThreads(), new ThreadPoolExecutor.AbortPolicy());
        this.judge = new ShadowJudge(diff, listener);
    }

    public boolean sampled(Phase phase) {
        double ratio = settings.ratio(phase);
        return ratio > 0 && (ratio >= 1 || random.getAsDouble() < ratio);
    }

    /** Compares later, if there is room; returns at once either way. */
    void offer(Phase phase, ShadowRead read, Observation served, ReadSource control, ReadSource candidate) {
        Sides sides = new Sides(phase, read, control, candidate, settings.controlVsControl());
        Executor guarded = guarded(read);
        try {
            pool.execute(() -> compare(sides, served, guarded));
        } catch (RejectedExecutionException e) {
            listener.dropped(read.tenant(), read.collection().name());
        }
    }

    /** The timeout runs from the start of the candidate read, not from the offer: time queued is not the store's. */
    private void compare(Sides sides, Observation served, Executor guarded) {
        timed(() -> sides.read().on(sides.candidate()),
                (observed, failure) -> judge(sides, served, observed, failure, guarded),
                failure -> judge.failed(sides, failure));
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

    private void judge(Sides sides, Observation served, Observation answer, Throwable failure, Executor guarded) {
        if (failure != null) {
            judge.failed(sides, outcomeOf(failure));
            return;
        }
        List<DocumentPair> raced = judge.compare(sides, DocumentPair.pair(served, answer));
        if (!raced.isEmpty()) {
            Executor later = CompletableFuture.delayedExecutor(settings.recheckDelay().toMillis(), TimeUnit.MILLISECONDS,
                    guarded);
            later.execute(() -> recheck(sides, raced));
        }
    }

    private static Outcome outcomeOf(Throwable failure) {
        return cause(failure) instanceof TimeoutException ? Outcome.TIMEOUT : Outcome.ERROR;
    }

    /** The pool, counting a re-check it has no room for as dropped (a delayed task cannot throw to anyone). */
    private Executor guarded(ShadowRead read) {
        return task -> {
            try {
                pool.execute(task);
            } catch (RejectedExecutionException e) {
                listener.dropped(read.tenant(), read.collection().name());
            }
        };
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** Comparisons waiting for a thread: never more than the configured capacity. */
    public int queued() {
        return pool.getQueue().size();
    }

    /** Nothing queued and no comparison running (re-checks scheduled for later are not counted). */
    public boolean idle() {
        return pool.getQueue().isEmpty() && pool.getActiveCount() == 0;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "shadow-compare-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Everything a comparison reports about where it ran. */
    record Sides(Phase phase, ShadowRead read, ReadSource control, ReadSource candidate, boolean experiment) {
    }
}
