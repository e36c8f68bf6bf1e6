package dev.graph2doc.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Sends requests at a fixed rate whatever the answers' pace (an open loop, as clients arrive in production) and
 * times each from the moment it was due, not from when a thread got to it: a system falling behind shows as
 * latency instead of slowing the load down (no coordinated omission). Bounded by the request count and by
 * {@code maxInFlight} threads; a request that throws is counted by exception type and left out of the latencies.
 */
final class OpenLoopRun {

    private final double perSecond;
    private final int maxInFlight;

    OpenLoopRun(double perSecond, int maxInFlight) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("an open loop needs a rate above 0 per second, not " + perSecond);
        }
        this.perSecond = perSecond;
        this.maxInFlight = maxInFlight;
    }

    <T> WriteRunResult run(String name, List<T> requests, Function<T, String> send) throws InterruptedException {
        long[] nanos = new long[requests.size()];
        boolean[] ok = new boolean[requests.size()];
        Map<String, Long> outcomes = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(maxInFlight, Thread.ofPlatform().daemon()
                .name("bench-open-", 0).factory());
        long began = System.nanoTime();
        try {
            for (int i = 0; i < requests.size(); i++) {
                long due = began + (long) (i * 1e9 / perSecond);
                LockSupport.parkNanos(due - System.nanoTime());
                int at = i;
                senders.execute(() -> send(requests.get(at), send, due, at, nanos, ok, outcomes));
            }
        } finally {
            senders.shutdown();
        }
        if (!senders.awaitTermination(10, TimeUnit.MINUTES)) {
            senders.shutdownNow();
            throw new IllegalStateException(name + ": requests still running 10 minutes after the last was due");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
        long[] succeeded = IntStream.range(0, nanos.length).filter(i -> ok[i]).mapToLong(i -> nanos[i]).toArray();
        return new WriteRunResult(name, succeeded, elapsed, outcomes);
    }

    private static <T> void send(T request, Function<T, String> send, long due, int at, long[] nanos, boolean[] ok,
                                 Map<String, Long> outcomes) {
        String outcome;
        try {
            outcome = send.apply(request);
            nanos[at] = System.nanoTime() - due;
            ok[at] = true;
        } catch (RuntimeException e) {
            outcome = "failed:" + e.getClass().getSimpleName();
        }
        outcomes.merge(outcome, 1L, Long::sum);
    }
}
