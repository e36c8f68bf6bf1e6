package dev.graph2doc.rehearse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's phase as the rehearsal last saw it, to file every request under the phase it was sent in; and which
 * tenants' copies it started.
 */
final class PhaseBoard {

    private final Map<String, String> phases = new ConcurrentHashMap<>();
    private final List<String> tenants;
    private final Set<String> copiesStarted = ConcurrentHashMap.newKeySet();

    PhaseBoard(List<String> tenants) {
        this.tenants = List.copyOf(tenants);
        tenants.forEach(t -> phases.put(t, "GRAPH_ONLY"));
    }

    void set(String tenant, String phase) {
        phases.put(tenant, phase);
    }

    /** The copy of this tenant was started: the display waits for its plan before it trusts the copy's total. */
    void copyStarted(String tenant) {
        copiesStarted.add(tenant);
    }

    Set<String> copiesStarted() {
        return Set.copyOf(copiesStarted);
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
