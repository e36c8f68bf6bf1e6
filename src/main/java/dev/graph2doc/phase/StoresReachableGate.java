package dev.graph2doc.phase;

import java.util.List;

/** Structural, before {@code COPY}: both stores answer. */
public final class StoresReachableGate implements Gate {

    private final StoreReachability stores;

    public StoresReachableGate(StoreReachability stores) {
        this.stores = stores;
    }

    @Override
    public boolean guards(PhaseTransition transition) {
        return transition == PhaseTransition.GRAPH_ONLY_TO_COPY;
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public List<String> unmet(GateInput input) {
        return stores.problems();
    }
}
