package dev.graph2doc.rehearse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Requests of the load generator: per phase the count, the failures (no 2xx) and the write and read latency
 * histograms; per sampling interval the same for the timeline. Latency is from the first send to the answer, so a
 * request re-sent to another instance after a crash counts its whole wait.
 */
final class RequestStats {

    static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);
    private static final int MAX_FAILURE_EXAMPLES = 20;

    static final class PerPhase {
        final LongAdder writes = new LongAdder();
        final LongAdder reads = new LongAdder();
        final LongAdder failed = new LongAdder();
        final Histogram writeMicros = new ConcurrentHistogram(MAX_MICROS, 3);
        final Histogram readMicros = new ConcurrentHistogram(MAX_MICROS, 3);
    }

    /** One interval of the timeline. */
    record Interval(long requests, long failed, Histogram writes, Histogram reads) {
    }

    private final Map<String, PerPhase> phases = new ConcurrentHashMap<>();
    private final Recorder intervalWrites = new Recorder(MAX_MICROS, 3);
    private final Recorder intervalReads = new Recorder(MAX_MICROS, 3);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong failedWhilePrimaryDown = new AtomicLong();
    private final Map<Outages.Store, AtomicLong> failedWhileDown = Map.of(Outages.Store.NEO4J, new AtomicLong(),
            Outages.Store.MONGODB, new AtomicLong());
    private final AtomicLong acknowledgedWrites = new AtomicLong();
    private final AtomicLong sampledRequests = new AtomicLong();
    private final AtomicLong sampledFailed = new AtomicLong();
    private final List<String> failures = new ArrayList<>();
    private final List<String> excusedFailures = new ArrayList<>();

    void record(String phase, boolean write, ApiClient.Answer answer, String what) {
        record(phase, write, answer, what, false);
    }

    /**
     * {@code primaryDown}: the store the request needed was down for the instance that answered (see {@link Outages}):
     * a failure then is counted in {@link #failedWhilePrimaryDown()} too, and does not fail the rehearsal.
     */
    void record(String phase, boolean write, ApiClient.Answer answer, String what, boolean primaryDown) {
        PerPhase p = phases.computeIfAbsent(phase, k -> new PerPhase());
        if (write && answer.ok()) {
            acknowledgedWrites.incrementAndGet();
        }
        long micros = Math.min(MAX_MICROS, Math.max(1, answer.nanos() / 1000));
        (write ? p.writes : p.reads).increment();
        (write ? p.writeMicros : p.readMicros).recordValue(micros);
        (write ? intervalWrites : intervalReads).recordValue(micros);
        requests.incrementAndGet();
        if (!answer.ok()) {
            p.failed.increment();
            failed.incrementAndGet();
            if (primaryDown) {
                failedWhilePrimaryDown.incrementAndGet();
            }
            example(phase, answer, what, primaryDown);
        }
    }

    /** As above; {@code downStore}: the store that was down (null: none), counted per store too. */
    void record(String phase, boolean write, ApiClient.Answer answer, String what, Outages.Store downStore) {
        record(phase, write, answer, what, downStore != null);
        if (downStore != null && !answer.ok()) {
            failedWhileDown.get(downStore).incrementAndGet();
        }
    }

    /** Failures while that store was down for the instance that answered (part of {@link #failedWhilePrimaryDown}). */
    long failedWhileDown(Outages.Store store) {
        return failedWhileDown.get(store).get();
    }

    /** Kept apart, so that the failures that fail the rehearsal are never crowded out by the allowed ones. */
    private void example(String phase, ApiClient.Answer answer, String what, boolean primaryDown) {
        List<String> examples = primaryDown ? excusedFailures : failures;
        synchronized (failures) {
            if (examples.size() < MAX_FAILURE_EXAMPLES) {
                String body = answer.body() == null ? "" : answer.body();
                examples.add(phase + " " + what + " -> " + answer.status() + " "
                        + body.substring(0, Math.min(200, body.length()))
                        + (primaryDown ? " (while the store it needed was down for " + answer.instance() + ")" : ""));
            }
        }
    }

    /** What happened since the previous call. */
    Interval interval() {
        long r = requests.get();
        long f = failed.get();
        return new Interval(r - sampledRequests.getAndSet(r), f - sampledFailed.getAndSet(f),
                intervalWrites.getIntervalHistogram(), intervalReads.getIntervalHistogram());
    }

    long requests() {
        return requests.get();
    }

    long failed() {
        return failed.get();
    }

    /** Failed while the store the request needed was down for its instance: allowed, counted apart. */
    long failedWhilePrimaryDown() {
        return failedWhilePrimaryDown.get();
    }

    /** The failures that fail the rehearsal: all but those while the needed store was down. */
    long failedUnexcused() {
        return failed.get() - failedWhilePrimaryDown.get();
    }

    /** Writes answered 2xx. */
    long acknowledgedWrites() {
        return acknowledgedWrites.get();
    }

    Map<String, PerPhase> perPhase() {
        return new TreeMap<>(phases);
    }

    /** Up to 20 failures that fail the rehearsal, then up to 20 that fell while the needed store was down. */
    List<String> failureExamples() {
        synchronized (failures) {
            List<String> all = new ArrayList<>(failures);
            all.addAll(excusedFailures);
            return List.copyOf(all);
        }
    }
}
