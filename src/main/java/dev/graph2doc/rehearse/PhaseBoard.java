package dev.graph2doc.rehearse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each tenant's phase as the rehearsal last saw it, to file every request under the phase it was sent in. */
final class PhaseBoard {

    private final Map<String, String> phases = new ConcurrentHashMap<>();
    private final List<String> tenants;

    PhaseBoard(List<String> tenants) {
        this.tenants = List.copyOf(tenants);
        tenants.forEach(t -> phases.put(t, "GRAPH_ONLY"));
    }

    void set(String tenant, String phase) {
        phases.put(tenant, phase);
    }

    String of(String tenant) {
        return phases.get(tenant);
    }

    List<String> tenants() {
        return tenants;
    }

    Map<String, String> snapshot() {
        return Map.copyOf(phases);
    }
}
