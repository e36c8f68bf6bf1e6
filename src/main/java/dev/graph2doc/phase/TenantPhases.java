package dev.graph2doc.phase;

/** The phase this instance applies to a tenant's requests right now. */
public interface TenantPhases {

    Phase phaseOf(String tenant);
}
