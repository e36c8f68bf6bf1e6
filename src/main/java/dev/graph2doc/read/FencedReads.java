package dev.graph2doc.read;

import dev.graph2doc.phase.Fence;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.TenantPhase;
import dev.graph2doc.phase.TenantPhases;

/**
 * The phases reads are routed by, on a fenced instance: a read is served only where the phase this instance last
 * knew cannot have moved to another serving store — {@code UNFORKED}, which no transition leaves and where MongoDB
 * holds every acknowledged write. In any earlier phase the others may have moved the tenant on (or back) since, and
 * the store this instance would read could be missing writes made there; such reads answer 503.
 */
final class FencedReads implements TenantPhases {

    private final TenantPhases phases;
    private final Fence fence;

    FencedReads(TenantPhases phases, Fence fence) {
        this.phases = phases;
        this.fence = fence;
    }

    @Override
    public Phase phaseOf(String tenant) {
        return stateOf(tenant).phase();
    }

    @Override
    public TenantPhase stateOf(String tenant) {
        TenantPhase state = phases.stateOf(tenant);
        if (state.phase() != Phase.UNFORKED) {
            fence.check("serve this read of tenant '" + tenant + "' (last known phase " + state.phase() + ")");
        }
        return state;
    }
}
