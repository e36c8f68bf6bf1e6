package dev.graph2doc.phase;

import java.util.List;

/** Structural, before {@code COPY}: both stores answer. */
public final class StoresReachableGate extends GuardedGate {

    private final StoreReachability stores;

    public StoresReachableGate(StoreReachability stores) {
        super(true, PhaseTransition.GRAPH_ONLY_TO_COPY);
        this.stores = stores;
    }

    @Override
    public List<String> unmet(GateInput input) {
        return stores.problems();
    }
}
