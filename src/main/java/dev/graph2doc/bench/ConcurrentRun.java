package dev.graph2doc.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Sends a list of batches through one write path with {@code concurrency} writers, each taking the next batch
 * as soon as its previous one returned (closed loop), and times every batch with {@link System#nanoTime()}.
 * A batch that throws is counted by exception type and left out of the latencies.
 */
final class ConcurrentRun {

    private final int concurrency;

    ConcurrentRun(int concurrency) {
        this.concurrency = concurrency;
    }

    /** @param write applies one batch (or read) and names its outcome (e.g. the receipt's MongoDB side) */
    <T> WriteRunResult run(String name, List<T> batches, Function<T, String> write)
            throws InterruptedException {
        return run(name, batches, (writer, batch) -> write.apply(batch));
    }

    /** @param write applies one batch as writer {@code 0..concurrency-1} and names its outcome */
    <T> WriteRunResult run(String name, List<T> batches, BiFunction<Integer, T, String> write)
            throws InterruptedException {
        long[] nanos = new long[batches.size()];
        boolean[] ok = new boolean[batches.size()];
        Map<String, Long> outcomes = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(concurrency, Thread.ofPlatform().daemon()
                .name("bench-writer-", 0).factory());
        long began = System.nanoTime();
        try {
            List<Future<?>> running = java.util.stream.IntStream.range(0, concurrency).<Future<?>>mapToObj(w ->
                    writers.submit(() -> drive(batches, b -> write.apply(w, b), next, nanos, ok, outcomes))).toList();
            for (Future<?> writer : running) {
                join(writer);
            }
        } finally {
            writers.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
        long[] succeeded = java.util.stream.IntStream.range(0, nanos.length).filter(i -> ok[i]).mapToLong(i -> nanos[i]).toArray();
        return new WriteRunResult(name, succeeded, elapsed, outcomes);
    }

    private static <T> void drive(List<T> batches, Function<T, String> write, AtomicInteger next,
                              long[] nanos, boolean[] ok, Map<String, Long> outcomes) {
        for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
            long start = System.nanoTime();
            String outcome;
            try {
                outcome = write.apply(batches.get(i));
                nanos[i] = System.nanoTime() - start;
                ok[i] = true;
            } catch (RuntimeException e) {
                outcome = "failed:" + e.getClass().getSimpleName();
            }
            outcomes.merge(outcome, 1L, Long::sum);
        }
    }

    private static void join(Future<?> writer) throws InterruptedException {
        try {
            writer.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a bench writer died: " + e.getCause(), e.getCause());
        }
    }
}
