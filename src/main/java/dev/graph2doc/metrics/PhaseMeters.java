package dev.graph2doc.metrics;

import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseChange;
import dev.graph2doc.phase.PhaseChangeListener;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.store.GraphStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code graph2doc_phase{tenant,phase}} (1 for the phase this instance applies, 0 for the others, so a state
 * timeline needs no {@code absent()}) and {@code graph2doc_phase_transitions_total{tenant,from,to,automatic}}.
 * Tenants are found in the graph on a schedule that {@code serve} starts, and on every transition.
 */
@Singleton
public final class PhaseMeters implements PhaseChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(PhaseMeters.class);

    private final TenantPhases phases;
    private final Supplier<List<String>> tenants;
    private final MeterRegistry registry;
    private final Duration every;
    private final Set<String> tracked = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService scheduler;

    @Inject
    public PhaseMeters(TenantPhases phases, GraphStore graph, MeterRegistry registry,
                       MetricsProperties metrics) {
        this(phases, graph::tenants, registry, metrics.phaseRefresh());
    }

    PhaseMeters(TenantPhases phases, Supplier<List<String>> tenants, MeterRegistry registry, Duration every) {
        this.phases = phases;
        this.tenants = tenants;
        this.registry = registry;
        this.every = every;
    }

    @Override
    public void changed(PhaseChange change) {
        track(change.tenant());
        Counter.builder("graph2doc.phase.transitions").description("Stored phase changes, by operators or automatic")
                .tags("tenant", change.tenant(), "from", change.from().name(), "to", change.to().name(),
                        "automatic", Boolean.toString(change.automatic()))
                .register(registry).increment();
    }

    /** Registers the tenant's phase gauges once; their values are read from the applied phases at each scrape. */
    public void track(String tenant) {
        if (!tracked.add(tenant)) {
            return;
        }
        for (Phase phase : Phase.values()) {
            Gauge.builder("graph2doc.phase", phases, p -> p.phaseOf(tenant) == phase ? 1 : 0)
                    .description("1 for the phase this instance applies to the tenant, 0 for the others")
                    .tags("tenant", tenant, "phase", phase.name()).register(registry);
        }
    }

    public void refresh() {
        tenants.get().forEach(this::track);
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("phase-gauges").factory());
            scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debug("phase gauges not refreshed: {}", e.getMessage()); // the next round tries again
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
