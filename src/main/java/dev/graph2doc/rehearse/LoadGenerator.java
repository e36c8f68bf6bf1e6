package dev.graph2doc.rehearse;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Drives a {@link Workload} at a bounded rate per tenant: {@link #WRITERS_PER_TENANT} writer and
 * {@link #READERS_PER_TENANT} reader threads per tenant, a third of the requests writes.
 */
final class LoadGenerator implements AutoCloseable {

    static final int WRITERS_PER_TENANT = 2;
    static final int READERS_PER_TENANT = 2;

    private final Workload workload;
    private final List<String> tenants;
    private final double requestsPerSecondPerTenant;
    private final long seed;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    LoadGenerator(Workload workload, List<String> tenants, double requestsPerSecondPerTenant, long seed) {
        this.workload = workload;
        this.tenants = List.copyOf(tenants);
        this.requestsPerSecondPerTenant = requestsPerSecondPerTenant;
        this.seed = seed;
    }

    void start() {
        int t = 0;
        for (String tenant : tenants) {
            for (int w = 0; w < WRITERS_PER_TENANT; w++) {
                Workload.Step writer = workload.writer(tenant, w, WRITERS_PER_TENANT, new SplittableRandom(seed * 31 + t * 7L + w));
                threads.add(loop("rehearse-writer-" + tenant + "-" + w, writer,
                        requestsPerSecondPerTenant / 3 / WRITERS_PER_TENANT));
            }
            for (int r = 0; r < READERS_PER_TENANT; r++) {
                Workload.Step reader = workload.reader(tenant, new SplittableRandom(seed * 17 + t * 5L + r));
                threads.add(loop("rehearse-reader-" + tenant + "-" + r, reader,
                        requestsPerSecondPerTenant * 2 / 3 / READERS_PER_TENANT));
            }
            t++;
        }
    }

    /** A thread doing {@code step} {@code perSecond} times a second. */
    private Thread loop(String name, Workload.Step step, double perSecond) {
        long intervalNanos = (long) (1e9 / perSecond);
        return Thread.ofPlatform().daemon().name(name).start(() -> {
            long next = System.nanoTime();
            while (running) {
                try {
                    step.run();
                    next += intervalNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } else {
                        next = System.nanoTime(); // behind (a slow phase): do not burst to catch up
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(ApiClient.GIVE_UP.toMillis() + 5_000);
        }
    }
}
