package dev.graph2doc.phase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's heartbeat (every interval, and right after it changes a phase) with the phases it applies,
 * and the view of every live instance: a transition is pending while a live instance applies an older version
 * of the tenant's phase. Instances silent for longer than the timeout are dropped.
 */
public final class InstanceRegistry implements PhaseAcknowledgements, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceRegistry.class);

    private final InstanceStore store;
    private final String self;
    private final PolledTenantPhases phases;
    private final Clock clock;
    private final Duration interval;
    private final Duration timeout;
    private volatile ScheduledExecutorService beater;

    private final WritesInFlight writes;
    private final Lease lease;

    public InstanceRegistry(InstanceStore store, String self, PolledTenantPhases phases, Clock clock, Duration interval,
                            Duration timeout) {
        this(store, self, phases, new WritesInFlight(), clock, interval, timeout, null);
    }

    /** {@code lease} (null: none kept) is renewed by every round that refreshed the phases and then beat. */
    public InstanceRegistry(InstanceStore store, String self, PolledTenantPhases phases, WritesInFlight writes,
                            Clock clock, Duration interval, Duration timeout, Lease lease) {
        if (timeout.compareTo(interval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("graph2doc.phase.instance-timeout = " + timeout
                    + " must be at least twice graph2doc.phase.heartbeat-interval = " + interval);
        }
        this.store = store;
        this.self = self;
        this.phases = phases;
        this.writes = writes;
        this.clock = clock;
        writes.onDrained(this::drained);
        this.interval = interval;
        this.timeout = timeout;
        this.lease = lease;
    }

    /**
     * Refreshes the phases, then stores the heartbeat reporting them: a beat never reports phases older than the
     * store holds, so an instance back from a partition is not taken for one still applying the phase it left.
     */
    public void beat() {
        long started = lease == null ? 0 : lease.now();
        phases.refresh();
        Instant now = clock.instant();
        store.beat(new InstanceBeat(self, now, reported(), true));
        if (lease != null) {
            lease.renewed(started);
        }
        store.dropSeenBefore(now.minus(timeout));
    }

    /** The phases applied, except where a write started under an older phase still runs: that one, until it ends. */
    private List<TenantPhase> reported() {
        Map<String, TenantPhase> applied = new TreeMap<>(phases.applied());
        writes.oldest().forEach((tenant, running) -> applied.merge(tenant, running,
                (current, old) -> old.version() < current.version() ? old : current));
        return List.copyOf(applied.values());
    }

    public List<InstanceBeat> live() {
        return store.seenSince(clock.instant().minus(timeout));
    }

    @Override
    public List<String> notApplying(TenantPhase phase) {
        if (!phase.stored()) {
            return List.of();
        }
        return live().stream().filter(i -> i.versionOf(phase.tenant()) < phase.version()).map(InstanceBeat::instance)
                .toList();
    }

    @Override
    public List<String> waitingFor(TenantPhase phase) {
        if (!phase.stored()) {
            return List.of();
        }
        Instant now = clock.instant();
        return live().stream().filter(i -> i.versionOf(phase.tenant()) < phase.version()).map(i -> String.format(
                "%s applies %s (version %d), not %s (version %d); last heartbeat %.1f s ago; waited for until it "
                        + "acknowledges, or until %s after its last heartbeat, when its own fence has certainly passed",
                i.instance(), i.phaseOf(phase.tenant()).map(p -> p.phase().name()).orElse("the default phase"),
                i.versionOf(phase.tenant()), phase.phase(), phase.version(),
                Duration.between(i.at(), now).toMillis() / 1000.0, timeout)).toList();
    }

    public synchronized void start() {
        if (beater == null) {
            beater = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "instance-heartbeat");
                t.setDaemon(true);
                return t;
            });
            if (lease != null) {
                lease.arm();
            }
            beatQuietly(); // before serving: the first transition must already see this instance (capture gate)
            beater.scheduleWithFixedDelay(this::beatQuietly, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The last write under an older phase than this instance applies ended: report the newer one now. */
    private void drained(TenantPhase phase) {
        TenantPhase applied = phases.applied().get(phase.tenant());
        ScheduledExecutorService current = beater;
        if (applied != null && applied.version() > phase.version() && current != null) {
            try {
                current.execute(this::beatQuietly);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // closing: the registry is being left anyway
            }
        }
    }

    /** A change this instance made: applied at once, and reported at once so its own acknowledgement does not lag. */
    public void applied(TenantPhase phase) {
        phases.applied(phase);
        beatQuietly();
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            if (lease != null) {
                lease.failed(e.getMessage());
            }
            LOG.warn("heartbeat of {}: {}; retrying in {}", self, e.getMessage(), interval);
        }
    }

    /** Stops beating and leaves the registry, so no transition waits for this instance until it times out. */
    @Override
    public synchronized void close() {
        if (beater != null) {
            beater.shutdownNow();
            beater = null;
            try {
                store.remove(self);
            } catch (RuntimeException e) {
                LOG.warn("leaving the instance registry: {}; others drop {} after {}", e.getMessage(), self, timeout);
            }
        }
    }
}
