package dev.graph2doc.read.shadow;

import dev.graph2doc.phase.TenantPhase;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.read.shadow.ComparisonTallyStore.Tally;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts shadow comparisons per tenant and phase entry, in memory, and adds them to the shared store on
 * {@link #flush()} (a store write per compared read would double MongoDB's load in {@code COMPARE}). Races
 * ({@code stale}), candidate errors and timeouts, and control-vs-control experiments are not evidence.
 */
public final class ComparisonTallies implements ShadowListener {

    private final ComparisonTallyStore store;
    private final TenantPhases phases;
    private final Map<Entry, Tally> pending = new ConcurrentHashMap<>();

    public ComparisonTallies(ComparisonTallyStore store, TenantPhases phases) {
        this.store = store;
        this.phases = phases;
    }

    @Override
    public void compared(ComparisonResult r) {
        if (!r.isEvidence()) {
            return;
        }
        TenantPhase now = phases.stateOf(r.tenant());
        if (now.phase() != r.phase()) {
            return; // compared under a phase the tenant has left since: evidence for neither
        }
        pending.merge(new Entry(r.tenant(), now.version()), new Tally(1, r.outcome().isMismatch() ? 1 : 0), Tally::plus);
    }

    /** Moves what was counted here to the store; a failed write keeps its counts for the next flush. */
    public void flush() {
        for (Entry e : pending.keySet()) {
            Tally taken = pending.remove(e);
            if (taken == null) {
                continue;
            }
            try {
                store.add(e.tenant(), e.phaseVersion(), taken.comparisons(), taken.mismatches());
            } catch (RuntimeException failure) {
                pending.merge(e, taken, Tally::plus);
                throw failure;
            }
        }
    }

    /** Every instance's flushed counts for the tenant's current phase entry, plus this instance's unflushed ones. */
    public Tally of(String tenant) {
        long version = phases.stateOf(tenant).version();
        return store.get(tenant, version).plus(pending.getOrDefault(new Entry(tenant, version), Tally.NONE));
    }

    private record Entry(String tenant, long phaseVersion) {
    }
}
