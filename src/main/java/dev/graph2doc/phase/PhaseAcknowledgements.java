package dev.graph2doc.phase;

import java.util.List;

/** Which live instances do not apply a tenant's stored phase yet: while any is named, the transition is pending. */
public interface PhaseAcknowledgements {

    PhaseAcknowledgements NONE = phase -> List.of();

    List<String> notApplying(TenantPhase phase);

    /** For each instance not applying it: what it applies, when it was last heard of, and how long it is waited for. */
    default List<String> waitingFor(TenantPhase phase) {
        return notApplying(phase).stream().map(i -> i + " does not apply version " + phase.version() + " yet").toList();
    }
}
