package dev.graph2doc.metrics;

import dev.graph2doc.store.GraphStore;
import dev.graph2doc.write.Backlog;
import dev.graph2doc.write.WriteOutbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code graph2doc_repair_backlog_documents{tenant}} and {@code graph2doc_repair_backlog_oldest_seconds{tenant}}:
 * read from the outbox on a schedule (a scrape never waits on Neo4j) and kept for the control API. Started by
 * {@code serve} only.
 */
@Singleton
public final class BacklogGauges {

    private static final Logger LOG = LoggerFactory.getLogger(BacklogGauges.class);

    private final WriteOutbox outbox;
    private final GraphStore graph;
    private final MeterRegistry registry;
    private final Duration every;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Backlog> backlogs = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public BacklogGauges(WriteOutbox outbox, GraphStore graph, MeterRegistry registry,
                         MetricsProperties metrics) {
        Duration every = metrics.backlogRefresh();
        this.outbox = outbox;
        this.graph = graph;
        this.registry = registry;
        this.every = every;
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("backlog-gauges").factory());
            scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The last backlog read for the tenant (empty until the first refresh). */
    public Backlog backlog(String tenant) {
        return backlogs.getOrDefault(tenant, Backlog.EMPTY);
    }

    public void refresh() {
        for (String tenant : graph.tenants()) {
            if (backlogs.put(tenant, outbox.backlog(tenant)) == null) {
                Gauge.builder("graph2doc.repair.backlog.documents", backlogs, m -> m.getOrDefault(tenant, Backlog.EMPTY).documents())
                        .description("Documents recorded with a graph write that MongoDB has not confirmed yet")
                        .tags("tenant", tenant).register(registry);
                Gauge.builder("graph2doc.repair.backlog.oldest.seconds", backlogs, m -> ageSeconds(m.get(tenant)))
                        .description("Age of the oldest unconfirmed document change").tags("tenant", tenant).register(registry);
            }
        }
    }

    private double ageSeconds(Backlog backlog) {
        return backlog == null || backlog.oldest() == null ? 0
                : Math.max(0, Duration.between(backlog.oldest(), clock.instant()).toMillis() / 1000.0);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debug("backlog gauges not refreshed: {}", e.getMessage());
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
