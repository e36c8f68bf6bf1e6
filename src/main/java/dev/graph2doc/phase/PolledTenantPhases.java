package dev.graph2doc.phase;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phases this instance applies: a copy of the phase store, read once on first use and then every poll
 * interval by a daemon thread that {@code serve} starts ({@link #start()}). A newer version always wins, so a
 * slow poll never undoes a transition this instance has just made ({@link #applied}).
 */
public final class PolledTenantPhases implements TenantPhases, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PolledTenantPhases.class);

    private final PhaseStore store;
    private final Phase defaultPhase;
    private final Duration interval;
    private final Map<String, TenantPhase> phases = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private ScheduledExecutorService poller;

    public PolledTenantPhases(PhaseStore store, Phase defaultPhase, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("graph2doc.phase.poll-interval = " + interval + " must be more than 0s");
        }
        this.store = store;
        this.defaultPhase = defaultPhase;
        this.interval = interval;
    }

    @Override
    public Phase phaseOf(String tenant) {
        if (!loaded) {
            refresh();
        }
        TenantPhase p = phases.get(tenant);
        return p == null ? defaultPhase : p.phase();
    }

    @Override
    public TenantPhase stateOf(String tenant) {
        if (!loaded) {
            refresh();
        }
        TenantPhase p = phases.get(tenant);
        return p == null ? TenantPhase.initial(tenant, defaultPhase) : p;
    }

    /** Every tenant with a stored phase, as this instance applies it. */
    public Map<String, TenantPhase> applied() {
        if (!loaded) {
            refresh();
        }
        return Map.copyOf(phases);
    }

    /** Takes a change made by this instance at once, without waiting for the next poll. */
    public void applied(TenantPhase phase) {
        phases.merge(phase.tenant(), phase, PolledTenantPhases::newer);
    }

    public void refresh() {
        for (TenantPhase p : store.all()) {
            applied(p);
        }
        loaded = true;
    }

    public synchronized void start() {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "phase-poller");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("phase poll: {}; keeping the phases read before, retrying in {}", e.getMessage(), interval);
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    private static TenantPhase newer(TenantPhase a, TenantPhase b) {
        return b.version() >= a.version() ? b : a;
    }
}
