package dev.graph2doc.phase;

import java.time.Instant;
import java.util.List;

/**
 * A tenant's phase as operators see it: since when (null while in the default phase), and the live instances
 * that do not apply it yet (empty once every instance does: the transition is done).
 */
public record TenantPhaseStatus(String tenant, Phase phase, Instant since, boolean pending, List<String> pendingOn,
                                List<String> waitingFor) {

    public TenantPhaseStatus {
        pendingOn = List.copyOf(pendingOn);
        waitingFor = List.copyOf(waitingFor);
    }

    public static TenantPhaseStatus of(TenantPhase p, List<String> pendingOn) {
        return of(p, pendingOn, List.of());
    }

    /** {@code waitingFor}: for each instance of {@code pendingOn}, why and until when the transition waits for it. */
    public static TenantPhaseStatus of(TenantPhase p, List<String> pendingOn, List<String> waitingFor) {
        return new TenantPhaseStatus(p.tenant(), p.phase(), p.since(), !pendingOn.isEmpty(), pendingOn, waitingFor);
    }
}
