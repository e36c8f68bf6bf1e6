package dev.graph2doc.write;

import dev.graph2doc.phase.Fence;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseAcknowledgements;
import dev.graph2doc.phase.TenantPhase;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.phase.WritesInFlight;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The phase a write runs under, counted in flight while it runs. Unforked writes go to MongoDB alone only once
 * no instance can still write Neo4j-then-MongoDB for the tenant: while some live instance does not apply
 * {@code UNFORKED} (or still runs a write under an older phase) they go to both stores, as in {@code COMPARE}.
 * Then the first MongoDB-only write waits for the repair backlog to drain, since a repair re-rendered from Neo4j
 * would undo it, and for this instance's last two-store write to end, since the operator may switch Neo4j off
 * as soon as writes answer {@code UNFORKED}. Once reached it stays: Neo4j is no longer written.
 */
@Singleton
public class WritePhases {

    private static final long SETTLE_POLL_MILLIS = 20;

    private final TenantPhases phases;
    private final PhaseAcknowledgements acknowledgements;
    private final WriteOutbox outbox;
    private final WritesInFlight inFlight;
    private final Duration settleTimeout;
    private final Fence fence;
    private final Set<String> mongoAlone = ConcurrentHashMap.newKeySet();
    /** Per unforking tenant: two-store writes hold the read side, the switch to MongoDB alone takes the write side. */
    private final Map<String, ReadWriteLock> unforking = new ConcurrentHashMap<>();

    /** {@code graph2doc.write.unfork-settle-timeout}: how long a write waits for the backlog to drain at unfork. */
    public WritePhases(TenantPhases phases, PhaseAcknowledgements acknowledgements, WriteOutbox outbox,
                       WritesInFlight inFlight, Duration settleTimeout) {
        this(phases, acknowledgements, outbox, inFlight, settleTimeout, Fence.NONE);
    }

    @jakarta.inject.Inject
    public WritePhases(TenantPhases phases, PhaseAcknowledgements acknowledgements, WriteOutbox outbox,
                       WritesInFlight inFlight, WriteProperties write, Fence fence) {
        this(phases, acknowledgements, outbox, inFlight, write.unforkSettleTimeout(), fence);
    }

    /**
     * {@code fence}: checked before a write starts and again before it is acknowledged, so that no write is
     * answered under a phase this instance may no longer hold (one paused mid-write answers 503, outcome unknown).
     */
    public WritePhases(TenantPhases phases, PhaseAcknowledgements acknowledgements, WriteOutbox outbox,
                       WritesInFlight inFlight, Duration settleTimeout, Fence fence) {
        this.fence = fence;
        this.settleTimeout = settleTimeout;
        this.phases = phases;
        this.acknowledgements = acknowledgements;
        this.outbox = outbox;
        this.inFlight = inFlight;
    }

    public <T> T run(String tenant, Function<Phase, T> write) {
        fence.check("start this write");
        TenantPhase state = phases.stateOf(tenant);
        T done;
        try (WritesInFlight.Ticket ignored = inFlight.enter(state)) {
            done = state.phase() != Phase.UNFORKED || mongoAlone.contains(tenant) ? write.apply(state.phase())
                    : unforking(state, write);
        }
        fence.check("acknowledge this write, which may or may not have been applied");
        return done;
    }

    private <T> T unforking(TenantPhase state, Function<Phase, T> write) {
        ReadWriteLock lock = unforking.computeIfAbsent(state.tenant(), t -> new ReentrantReadWriteLock());
        if (!acknowledgements.notApplying(state).isEmpty()) {
            lock.readLock().lock();
            try {
                if (!mongoAlone.contains(state.tenant())) {
                    return write.apply(Phase.COMPARE);
                }
            } finally {
                lock.readLock().unlock();
            }
        }
        settle(state.tenant(), lock.writeLock());
        return write.apply(Phase.UNFORKED);
    }

    /** Every instance is unforked, so no new Neo4j write adds to the backlog: it drains within the repair's pace. */
    private void settle(String tenant, Lock exclusive) {
        long deadline = System.nanoTime() + settleTimeout.toNanos();
        try {
            if (!exclusive.tryLock(settleTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new UnforkSettlingException(tenant, "two-store writes of this instance still running", settleTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnforkSettlingException(tenant, "interrupted while waiting", settleTimeout);
        }
        try {
            if (!mongoAlone.contains(tenant)) {
                awaitBacklogDrained(tenant, deadline);
                mongoAlone.add(tenant);
            }
        } finally {
            exclusive.unlock();
        }
    }

    private void awaitBacklogDrained(String tenant, long deadline) {
        long backlog;
        while ((backlog = backlog(tenant)) > 0) {
            if (System.nanoTime() > deadline) {
                throw new UnforkSettlingException(tenant, backlog + " document(s) still wait for repair from Neo4j",
                        settleTimeout);
            }
            try {
                Thread.sleep(SETTLE_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnforkSettlingException(tenant, "interrupted while waiting", settleTimeout);
            }
        }
    }

    private long backlog(String tenant) {
        try {
            return outbox.backlog(tenant).documents();
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Neo4j (reading the repair backlog before MongoDB-only writes start)", e);
        }
    }
}
