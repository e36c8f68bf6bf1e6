package dev.graph2doc.phase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One instance's heartbeat: when it was last seen, the stored tenant phases it applies, and whether it records
 * every write's touched documents while a tenant copies ({@code capturesWrites}; a build without capture — or a
 * heartbeat that does not say — would leave writes made during the copy out of MongoDB).
 */
public record InstanceBeat(String instance, Instant at, List<TenantPhase> applied, boolean capturesWrites) {

    public InstanceBeat {
        applied = List.copyOf(applied);
    }

    /** The version of the tenant's phase this instance applies; 0 when it applies the default phase. */
    public long versionOf(String tenant) {
        return phaseOf(tenant).map(TenantPhase::version).orElse(0L);
    }

    public Optional<TenantPhase> phaseOf(String tenant) {
        return applied.stream().filter(p -> p.tenant().equals(tenant)).findFirst();
    }
}
