package dev.graph2doc.phase;

import java.time.Instant;

/** What a gate looks at: the tenant's current stored phase, the move, the request, and now. */
public record GateInput(TenantPhase current, PhaseTransition transition, TransitionRequest request, Instant now) {

    public String tenant() {
        return current.tenant();
    }
}
