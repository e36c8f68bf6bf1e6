package dev.graph2doc.write;

import dev.graph2doc.phase.Fence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox: every document recorded with a graph write and not confirmed by MongoDB is re-rendered
 * from the graph and written version-guarded, then forgotten. Runs until stopped; a failed round (MongoDB
 * down) leaves the outbox as it was and is tried again, so an outage of any length only delays repairs.
 */
public final class RepairWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RepairWorker.class);
    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(5);

    private final WriteOutbox outbox;
    private final Rerenderer rerenderer;
    private final OutboxConfirmations confirmations;
    private final RepairSettings settings;
    private final Clock clock;
    private final WriteMetrics metrics;
    private final Fence fence;
    private final Object wake = new Object();
    private volatile boolean stopping;
    private volatile Thread thread;

    public RepairWorker(WriteOutbox outbox, Rerenderer rerenderer, OutboxConfirmations confirmations,
                        RepairSettings settings, Clock clock, WriteMetrics metrics) {
        this(outbox, rerenderer, confirmations, settings, clock, metrics, Fence.NONE);
    }

    /** {@code fence}: while fenced no round runs, since this instance may not know that the tenant is unforked. */
    public RepairWorker(WriteOutbox outbox, Rerenderer rerenderer, OutboxConfirmations confirmations,
                        RepairSettings settings, Clock clock, WriteMetrics metrics, Fence fence) {
        this.fence = fence;
        this.outbox = outbox;
        this.rerenderer = rerenderer;
        this.confirmations = confirmations;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** One round: forgets what the request path confirmed, then repairs the oldest due entries. */
    public int drainOnce() {
        if (fence.isFenced()) {
            return 0;
        }
        outbox.clear(confirmations.take(10_000));
        Instant due = clock.instant().minus(settings.grace());
        Map<String, List<OutboxEntry>> byTenant = outbox.oldest(settings.batchSize()).stream()
                .filter(e -> !e.recordedAt().isAfter(due))
                .collect(Collectors.groupingBy(OutboxEntry::tenant, LinkedHashMap::new, Collectors.toList()));
        int repaired = 0;
        for (Map.Entry<String, List<OutboxEntry>> tenant : byTenant.entrySet()) {
            repaired += repair(tenant.getKey(), tenant.getValue());
        }
        return repaired;
    }

    private int repair(String tenant, List<OutboxEntry> entries) {
        Map<List<Object>, TouchedDocument> newest = new LinkedHashMap<>(); // one render per document, at its newest entry
        entries.forEach(e -> newest.merge(List.of(e.collection(), e.key()),
                new TouchedDocument(e.collection(), e.key(), e.version(), false),
                (a, b) -> a.version() >= b.version() ? a : b));
        List<TouchedDocument> stale = List.copyOf(newest.values());
        try {
            RepairResult result = rerenderer.repair(tenant, stale);
            List<TouchedDocument> written = result.written();
            outbox.clear(written.stream().map(d -> new OutboxEntry(tenant, d.collection(), d.key(), d.version(),
                    clock.instant())).toList());
            int kept = result.skipped().size() + result.conflicts().size();
            metrics.recordRepairs(tenant, "repaired", written.size() - kept);
            metrics.recordRepairs(tenant, "skipped", result.skipped().size());
            metrics.recordRepairs(tenant, "conflict", result.conflicts().size());
            RepairLog.batch(tenant, result);
            return written.size();
        } catch (RuntimeException e) {
            metrics.recordRepairs(tenant, "failed", stale.size());
            throw e;
        }
    }

    public synchronized void start() {
        if (thread == null) {
            stopping = false;
            thread = Thread.ofPlatform().daemon().name("graph2doc-repair").start(this::run);
        }
    }

    private void run() {
        long failures = 0;
        while (!stopping) {
            try {
                int repaired = drainOnce();
                failures = 0;
                if (repaired == 0 && !pause(settings.pollInterval())) {
                    return;
                }
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                if (failures++ % 30 == 0) {
                    LOG.warn("repair round failed, retrying every {}: {}", settings.pollInterval(), e.toString());
                }
                if (!pause(settings.pollInterval().multipliedBy(5))) {
                    return;
                }
            }
        }
    }

    /** Waits, or less when {@link #close} wakes it; false once stopping. */
    private boolean pause(Duration duration) {
        synchronized (wake) {
            try {
                if (!stopping) {
                    wake.wait(Math.max(1, duration.toMillis()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !stopping;
    }

    /**
     * Lets a round in flight finish instead of interrupting it: an interrupt inside a store call fails the call
     * (the Neo4j driver logs a warning and gives up its retries) and the round with it, which a clean stop must
     * not show. Interrupts only a round still running after {@link #CLOSE_PATIENCE}.
     */
    @Override
    public synchronized void close() {
        Thread running = thread;
        if (running == null) {
            return;
        }
        stopping = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        try {
            running.join(CLOSE_PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running.isAlive()) {
            running.interrupt();
        }
        thread = null;
    }
}
