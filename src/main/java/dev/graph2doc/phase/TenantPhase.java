package dev.graph2doc.phase;

import java.time.Instant;

/**
 * A tenant's stored phase: since when, and the version every change compares and sets. Version 0 means
 * nothing is stored yet (the tenant is in the default phase).
 */
public record TenantPhase(String tenant, Phase phase, Instant since, long version) {

    public static TenantPhase initial(String tenant, Phase defaultPhase) {
        return new TenantPhase(tenant, defaultPhase, null, 0);
    }

    public boolean stored() {
        return version > 0;
    }

    public TenantPhase next(Phase to, Instant at) {
        return new TenantPhase(tenant, to, at, version + 1);
    }
}
