package dev.graph2doc.write;

import dev.graph2doc.phase.GateInput;
import dev.graph2doc.phase.GuardedGate;
import dev.graph2doc.phase.PhaseTransition;
import java.time.Duration;
import java.util.List;

/**
 * Soft, before {@code FORK_WRITES}, {@code SWAP_READS} and {@code UNFORKED}: the tenant's repair backlog is
 * drained — no document has waited longer than the repair grace. Younger entries are writes whose MongoDB side
 * the request path is confirming right now; under steady traffic there always are some, so demanding none would
 * hold the gate shut for as long as the application writes.
 */
public final class BacklogGate extends GuardedGate {

    private final WriteOutbox outbox;
    private final Duration grace;

    public BacklogGate(WriteOutbox outbox, Duration grace) {
        super(false, PhaseTransition.COPY_TO_FORK_WRITES, PhaseTransition.FORK_WRITES_TO_SWAP_READS, PhaseTransition.COMPARE_TO_UNFORKED);
        this.outbox = outbox;
        this.grace = grace;
    }

    @Override
    public List<String> unmet(GateInput input) {
        String tenant = input.tenant();
        Backlog backlog = outbox.backlog(tenant);
        if (backlog.documents() == 0 || backlog.oldest().isAfter(input.now().minus(grace))) {
            return List.of();
        }
        return List.of("backlog of tenant '" + tenant + "' is " + backlog.documents() + " document(s), oldest from "
                + backlog.oldest() + ", older than the repair grace (" + grace + "): wait for the repair worker to "
                + "drain it (check MongoDB is up)");
    }
}
