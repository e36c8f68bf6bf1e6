package dev.graph2doc.copy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
    public synchronized void acquire(int documents, long maxPerSecond) throws InterruptedException {
        Instant now = clock.instant();
        if (maxPerSecond <= 0) {
            nextFree = now;
            return;
        }
        if (nextFree.isAfter(now)) {
            sleeper.sleep(Duration.between(now, nextFree));
            now = nextFree;
        }
        nextFree = now.plusNanos(documents * 1_000_000_000L / maxPerSecond);
    }
}
