package dev.graph2doc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The largest used heap seen since the last {@link #reset}, sampled every few milliseconds on a daemon thread.
 * Sampling, not the pools' peak counters: those peak at different moments, so their sum overstates the heap.
 */
final class HeapSampler implements AutoCloseable {

    private static final long EVERY_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(this::sample, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Collects garbage left by the previous phase (so it is not charged to the next), then starts a new peak. */
    void reset() {
        System.gc();
        peak.set(used());
    }

    long peakBytes() {
        peak.accumulateAndGet(used(), Math::max);
        return peak.get();
    }

    /** The heap the JVM may grow to ({@code -Xmx}). */
    static long maxHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    private void sample() {
        while (running) {
            peak.accumulateAndGet(used(), Math::max);
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
