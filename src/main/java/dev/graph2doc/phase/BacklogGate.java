package dev.graph2doc.phase;

import dev.graph2doc.store.WriteOutbox;
import dev.graph2doc.write.Backlog;
import java.util.List;

/**
 * Soft, before {@code FORK_WRITES}, {@code SWAP_READS} and {@code UNFORKED}: the tenant's repair backlog is
 * drained: MongoDB holds every write the graph took.
 */
public final class BacklogGate implements Gate {

    private final WriteOutbox outbox;

    public BacklogGate(WriteOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean guards(PhaseTransition transition) {
        return transition == PhaseTransition.COPY_TO_FORK_WRITES || transition == PhaseTransition.FORK_WRITES_TO_SWAP_READS
                || transition == PhaseTransition.COMPARE_TO_UNFORKED;
    }

    @Override
    public boolean structural() {
        return false;
    }

    @Override
    public List<String> unmet(GateInput input) {
        String tenant = input.tenant();
        Backlog backlog = outbox.backlog(tenant);
        if (backlog.documents() == 0) {
            return List.of();
        }
        return List.of("backlog of tenant '" + tenant + "' is " + backlog.documents() + " document(s), oldest from "
                + backlog.oldest() + ", must be 0: wait for the repair worker to drain it (check MongoDB is up)");
    }
}
