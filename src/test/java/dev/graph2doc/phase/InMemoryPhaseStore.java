package dev.graph2doc.phase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The phase store's contract in memory, for fast tests of the machine. */
public class InMemoryPhaseStore implements PhaseStore {

    private final Map<String, TenantPhase> phases = new TreeMap<>();
    private final Map<String, PhaseChange> audit = new LinkedHashMap<>();

    @Override
    public synchronized Optional<TenantPhase> find(String tenant) {
        return Optional.ofNullable(phases.get(tenant));
    }

    @Override
    public synchronized List<TenantPhase> all() {
        return List.copyOf(phases.values());
    }

    @Override
    public synchronized boolean compareAndSet(TenantPhase expected, TenantPhase next) {
        TenantPhase stored = phases.get(expected.tenant());
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != expected.version()) {
            return false;
        }
        phases.put(next.tenant(), next);
        return true;
    }

    @Override
    public synchronized void record(PhaseChange change) {
        audit.put(change.tenant() + "/" + change.version(), change);
    }

    @Override
    public synchronized List<PhaseChange> history(String tenant) {
        List<PhaseChange> out = new ArrayList<>(audit.values().stream()
                .filter(c -> tenant == null || c.tenant().equals(tenant)).toList());
        out.sort(Comparator.comparing(PhaseChange::at).thenComparing(PhaseChange::version).reversed());
        return out;
    }
}
