package dev.graph2doc.metrics;

import dev.graph2doc.copy.CopyService;
import dev.graph2doc.copy.CopyStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code graph2doc_copy_remaining_documents{tenant,collection}} and {@code graph2doc_copy_findings{tenant,collection}}:
 * refreshed from the shared copy state on a
 * schedule, so a scrape never waits on MongoDB and every instance reports the same numbers. Started by
 * {@code serve} only (not a {@code @Scheduled} bean, which every command's context would create).
 */
@Singleton
public final class CopyGauges {

    private static final Logger LOG = LoggerFactory.getLogger(CopyGauges.class);

    private final CopyService copy;
    private final MeterRegistry registry;
    private final Duration every;
    private final Map<String, Long> remaining = new ConcurrentHashMap<>();
    private final Map<String, Long> findings = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public CopyGauges(CopyService copy, MeterRegistry registry,
                      MetricsProperties metrics) {
        Duration every = metrics.copyRefresh();
        this.copy = copy;
        this.registry = registry;
        this.every = every;
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "copy-gauges");
                t.setDaemon(true);
                return t;
            });
            scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public void refresh() {
        for (CopyStatus s : copy.status()) {
            String key = s.tenant() + "/" + s.collection();
            Long previous = remaining.put(key, Math.max(0, s.total() - s.done()));
            findings.put(key, s.findings());
            if (previous == null) {
                Gauge.builder("graph2doc.copy.remaining.documents", remaining, m -> m.getOrDefault(key, 0L))
                        .description("Roots of the collection not yet copied (estimate from the plan)")
                        .tags("tenant", s.tenant(), "collection", s.collection()).register(registry);
                Gauge.builder("graph2doc.copy.findings", findings, m -> m.getOrDefault(key, 0L))
                        .description("Roots the copy could not put into MongoDB (refused or unmappable); the gate to "
                                + "FORK_WRITES refuses while any are left")
                        .tags("tenant", s.tenant(), "collection", s.collection()).register(registry);
            }
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debug("copy gauges not refreshed: {}", e.getMessage()); // the next round tries again
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
