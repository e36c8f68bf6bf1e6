package dev.graph2doc.write;

import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseAcknowledgements;
import dev.graph2doc.phase.TenantPhase;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.phase.WritesInFlight;
import dev.graph2doc.store.WriteOutbox;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The phase a write runs under, counted in flight while it runs. Unforked writes go to MongoDB alone only once
 * no instance can still write Neo4j-then-MongoDB for the tenant: while some live instance does not apply
 * {@code UNFORKED} (or still runs a write under an older phase) they go to both stores, as in {@code COMPARE}.
 * Then the first MongoDB-only write waits for the repair backlog to drain, since a repair re-rendered from Neo4j
 * would undo it. Once reached it stays: Neo4j is no longer written, so neither condition can regress.
 */
@Singleton
public class WritePhases {

    private final TenantPhases phases;
    private final PhaseAcknowledgements acknowledgements;
    private final WriteOutbox outbox;
    private final WritesInFlight inFlight;
    private static final long SETTLE_POLL_MILLIS = 20;

    private final Set<String> mongoAlone = ConcurrentHashMap.newKeySet();
    private final Duration settleTimeout;

    /** {@code graph2doc.write.unfork-settle-timeout}: how long a write waits for the backlog to drain at unfork. */
    public WritePhases(TenantPhases phases, PhaseAcknowledgements acknowledgements, WriteOutbox outbox,
                       WritesInFlight inFlight,
                       @Value("${graph2doc.write.unfork-settle-timeout:10s}") Duration settleTimeout) {
        this.settleTimeout = settleTimeout;
        this.phases = phases;
        this.acknowledgements = acknowledgements;
        this.outbox = outbox;
        this.inFlight = inFlight;
    }

    public <T> T run(String tenant, Function<Phase, T> write) {
        TenantPhase state = phases.stateOf(tenant);
        try (WritesInFlight.Ticket ignored = inFlight.enter(state)) {
            return write.apply(phaseFor(state));
        }
    }

    Phase phaseFor(TenantPhase state) {
        if (state.phase() != Phase.UNFORKED || mongoAlone.contains(state.tenant())) {
            return state.phase();
        }
        if (!acknowledgements.notApplying(state).isEmpty()) {
            return Phase.COMPARE;
        }
        // every instance is unforked, so no new Neo4j write adds to the backlog: it drains within the repair's pace
        awaitBacklogDrained(state.tenant());
        mongoAlone.add(state.tenant());
        return Phase.UNFORKED;
    }

    private void awaitBacklogDrained(String tenant) {
        long deadline = System.nanoTime() + settleTimeout.toNanos();
        long backlog;
        while ((backlog = outbox.backlog(tenant).documents()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new UnforkSettlingException(tenant, backlog, settleTimeout);
            }
            try {
                Thread.sleep(SETTLE_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnforkSettlingException(tenant, backlog, settleTimeout);
            }
        }
    }
}
