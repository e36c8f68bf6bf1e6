package dev.graph2doc.phase;

/** The phase this instance applies to a tenant's requests right now. */
public interface TenantPhases {

    Phase phaseOf(String tenant);

    /** The phase with its version, which changes on every transition (evidence is gathered per phase entry). */
    default TenantPhase stateOf(String tenant) {
        return new TenantPhase(tenant, phaseOf(tenant), null, 0);
    }
}
