package dev.graph2doc.copy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Caps documents per second by spacing batches: after a batch of n, the next may start n / rate seconds
 * later. Hand-written rather than resilience4j's RateLimiter, whose permits per period cannot take a
 * batch larger than the period's limit and whose rate changes are awkward to apply per batch.
 */
public final class Throttle {

    private final Clock clock;
    private final Sleeper sleeper;
    private Instant nextFree;

    public Throttle(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.nextFree = clock.instant();
    }

    /** Waits as long as the cap requires before {@code documents} more may go; a cap of 0 means none. */
    public void acquire(int documents, long maxPerSecond) throws InterruptedException {
        acquire(documents, maxPerSecond, null, () -> true);
    }

    /**
     * As {@link #acquire(int, long)}, sleeping in slices of at most {@code keepAliveEvery} and calling
     * {@code keepAlive} between them — a long wait under a low cap must not outlive the caller's lease. False,
     * without waiting further, as soon as {@code keepAlive} answers false.
     */
    public boolean acquire(int documents, long maxPerSecond, Duration keepAliveEvery, BooleanSupplier keepAlive)
            throws InterruptedException {
        Duration wait = reserve(documents, maxPerSecond);
        while (wait.isPositive()) {
            Duration slice = keepAliveEvery == null || wait.compareTo(keepAliveEvery) <= 0 ? wait : keepAliveEvery;
            sleeper.sleep(slice);
            wait = wait.minus(slice);
            if (wait.isPositive() && !keepAlive.getAsBoolean()) {
                return false;
            }
        }
        return true;
    }

    /** Takes the next free slot for {@code documents}: how long until it starts. Waiting happens outside the lock. */
    private synchronized Duration reserve(int documents, long maxPerSecond) {
        Instant now = clock.instant();
        if (maxPerSecond <= 0) {
            nextFree = now;
            return Duration.ZERO;
        }
        Instant start = nextFree.isAfter(now) ? nextFree : now;
        nextFree = start.plusNanos(documents * 1_000_000_000L / maxPerSecond);
        return Duration.between(now, start);
    }
}
