package dev.graph2doc.read.shadow;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Comparisons and mismatches over the last {@code window}, in ten buckets so old counts leave in steps rather
 * than all at once. Not thread-safe: the owner synchronises.
 */
final class MismatchWindow {

    private static final int BUCKETS = 10;

    private final Clock clock;
    private final long bucketMillis;
    private final Deque<long[]> buckets = new ArrayDeque<>(); // {start millis, comparisons, mismatches}

    MismatchWindow(Clock clock, Duration window) {
        this.clock = clock;
        this.bucketMillis = Math.max(1, window.toMillis() / BUCKETS);
    }

    void add(boolean mismatch) {
        long now = clock.millis();
        expire(now);
        long start = now - now % bucketMillis;
        if (buckets.isEmpty() || buckets.peekLast()[0] != start) {
            buckets.addLast(new long[] {start, 0, 0});
        }
        long[] current = buckets.peekLast();
        current[1]++;
        current[2] += mismatch ? 1 : 0;
    }

    long comparisons() {
        expire(clock.millis());
        return buckets.stream().mapToLong(b -> b[1]).sum();
    }

    long mismatches() {
        expire(clock.millis());
        return buckets.stream().mapToLong(b -> b[2]).sum();
    }

    private void expire(long now) {
        long oldestKept = now - now % bucketMillis - (BUCKETS - 1) * bucketMillis;
        while (!buckets.isEmpty() && buckets.peekFirst()[0] < oldestKept) {
            buckets.removeFirst();
        }
    }
}
