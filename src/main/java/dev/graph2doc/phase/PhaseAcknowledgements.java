package dev.graph2doc.phase;

import java.util.List;

/** Which live instances do not apply a tenant's stored phase yet: while any is named, the transition is pending. */
public interface PhaseAcknowledgements {

    PhaseAcknowledgements NONE = phase -> List.of();

    List<String> notApplying(TenantPhase phase);
}
