package dev.graph2doc.rehearse;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * Each tenant's phase as the rehearsal last saw it, to file every request under the phase it was sent in; and which
 * tenants' copies it started. It also keeps when each phase was seen or asked for, because an instance serves under
 * a new phase from the moment it applies it — before the transition is answered, and before the rehearsal learns of
 * graph2doc's own step-backs: {@link #during} names every phase a request may have been served under.
 */
final class PhaseBoard {

    /** How long after an answer a phase the rehearsal learns of may still have been the one it was served under. */
    static final Duration LEARNED_LATE = Duration.ofSeconds(5);

    private record Seen(String tenant, String phase, long atNanos) {
    }

    private final Map<String, String> phases = new ConcurrentHashMap<>();
    private final List<String> tenants;
    private final Set<String> copiesStarted = ConcurrentHashMap.newKeySet();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, String> lastNoted = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    PhaseBoard(List<String> tenants) {
        this(tenants, System::nanoTime);
    }

    PhaseBoard(List<String> tenants, LongSupplier nanoClock) {
        this.tenants = List.copyOf(tenants);
        this.nanoClock = nanoClock;
        tenants.forEach(t -> phases.put(t, "GRAPH_ONLY"));
    }

    void set(String tenant, String phase) {
        phases.put(tenant, phase);
        note(tenant, phase);
    }

    /**
     * graph2doc reports the tenant in {@code phase}: instances may serve under it from now on; once no instance is
     * still applying it ({@code pending} false) requests are filed under it too (a step-back by graph2doc itself).
     */
    void observed(String tenant, String phase, boolean pending) {
        if (!phases.containsKey(tenant) || phase.isEmpty()) {
            return;
        }
        note(tenant, phase);
        if (!pending) {
            phases.put(tenant, phase);
        }
    }

    /** A transition of the tenant to {@code phase} was asked for: instances may serve under it from now on. */
    void moving(String tenant, String phase) {
        note(tenant, phase);
    }

    /**
     * The phases a request of the tenant sent at {@code fromNanos} and answered at {@code toNanos} may have been
     * served under: the one on the board when it was sent, the last one seen or asked for before, and every one seen
     * or asked for until {@link #LEARNED_LATE} after its answer.
     */
    Set<String> during(String tenant, String sentUnder, long fromNanos, long toNanos) {
        Set<String> possible = new LinkedHashSet<>();
        possible.add(sentUnder);
        long until = toNanos + LEARNED_LATE.toNanos();
        Seen before = null;
        for (Seen s : seen) {
            if (!s.tenant().equals(tenant)) {
                continue;
            }
            if (s.atNanos() < fromNanos) {
                before = s;
            } else if (s.atNanos() <= until) {
                possible.add(s.phase());
            }
        }
        if (before != null) {
            possible.add(before.phase());
        }
        return possible;
    }

    /** Records a phase seen or asked for, when it is not the one last recorded for the tenant. */
    private synchronized void note(String tenant, String phase) {
        if (!phase.equals(lastNoted.put(tenant, phase))) {
            seen.add(new Seen(tenant, phase, nanoClock.getAsLong()));
        }
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
