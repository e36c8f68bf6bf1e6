package dev.graph2doc.phase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Moves tenants between phases: checks every named tenant's move and its gates first (nothing changes when
 * any is unmet), then compare-and-sets each tenant's phase, audits it and tells this instance's cache.
 */
public final class PhaseMachine {

    private final PhaseStore store;
    private final Supplier<List<String>> knownTenants;
    private final List<Gate> gates;
    private final Phase defaultPhase;
    private final Clock clock;
    private final Consumer<TenantPhase> applied;
    private final PhaseAcknowledgements acknowledgements;
    private final PhaseChangeListener listener;

    public PhaseMachine(PhaseStore store, Supplier<List<String>> knownTenants, List<Gate> gates, Phase defaultPhase,
                        Clock clock, Consumer<TenantPhase> applied, PhaseAcknowledgements acknowledgements) {
        this(store, knownTenants, gates, defaultPhase, clock, applied, acknowledgements, PhaseChangeListener.NONE);
    }

    public PhaseMachine(PhaseStore store, Supplier<List<String>> knownTenants, List<Gate> gates, Phase defaultPhase,
                        Clock clock, Consumer<TenantPhase> applied, PhaseAcknowledgements acknowledgements,
                        PhaseChangeListener listener) {
        this.store = store;
        this.knownTenants = knownTenants;
        this.gates = List.copyOf(gates);
        this.defaultPhase = defaultPhase;
        this.clock = clock;
        this.applied = applied;
        this.acknowledgements = acknowledgements;
        this.listener = listener;
    }

    public List<TenantPhaseStatus> transition(TransitionRequest request) {
        Phase to = parse(request.to());
        if (request.force() && !request.hasReason()) {
            throw new IllegalArgumentException("force is true but reason is empty: say why the soft gates are skipped, "
                    + "e.g. \"reason\":\"canary approved by ops\"");
        }
        List<TenantPhase> moving = moving(request, to);
        Instant now = clock.instant();
        List<String> unmet = new ArrayList<>();
        for (TenantPhase current : moving) {
            unmet.addAll(check(current, to, request, now));
        }
        if (!unmet.isEmpty()) {
            throw new TransitionRefusedException("Transition to " + to + " refused for " + names(moving)
                    + ": " + unmet.size() + " unmet condition(s); nothing was changed.", unmet);
        }
        List<TenantPhase> done = new ArrayList<>();
        for (TenantPhase current : moving) {
            done.add(write(current, to, request, now, done));
        }
        return done.stream().map(this::status).toList();
    }

    /** Every known tenant's phase (the default one when nothing is stored), with who does not apply it yet. */
    public List<TenantPhaseStatus> status() {
        return knownTenants.get().stream().map(this::current).map(this::status).toList();
    }

    public Phase defaultPhase() {
        return defaultPhase;
    }

    private TenantPhaseStatus status(TenantPhase p) {
        List<String> waiting = acknowledgements.waitingFor(p);
        return TenantPhaseStatus.of(p, acknowledgements.notApplying(p), waiting);
    }

    private List<TenantPhase> moving(TransitionRequest request, Phase to) {
        List<String> known = knownTenants.get();
        if (request.tenants().isEmpty()) {
            // "all": tenants already there stay as they are, so a canary does not block the rest
            List<TenantPhase> all = known.stream().map(this::current).filter(p -> p.phase() != to).toList();
            if (all.isEmpty()) {
                throw new TransitionRefusedException("Every tenant is already in " + to + ": nothing to move.",
                        List.of("every tenant " + known + " is already in " + to));
            }
            return all;
        }
        List<String> unknown = request.tenants().stream().filter(t -> !known.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown tenant(s) " + unknown + ": the graph holds " + known);
        }
        return request.tenants().stream().distinct().map(this::current).toList();
    }

    private List<String> check(TenantPhase current, Phase to, TransitionRequest request, Instant now) {
        var transition = PhaseTransition.between(current.phase(), to);
        if (transition.isEmpty()) {
            return List.of(PhaseTransition.refusal(current.tenant(), current.phase(), to));
        }
        GateInput input = new GateInput(current, transition.get(), request, now);
        List<String> unmet = new ArrayList<>();
        for (Gate gate : gates) {
            if (gate.guards(transition.get()) && (gate.structural() || !request.force())) {
                unmet.addAll(gate.unmet(input));
            }
        }
        return unmet;
    }

    private TenantPhase write(TenantPhase current, Phase to, TransitionRequest request, Instant now,
                              List<TenantPhase> alreadyMoved) {
        TenantPhase next = current.next(to, now);
        if (!store.compareAndSet(current, next)) {
            TenantPhase winner = current(current.tenant());
            String moved = alreadyMoved.isEmpty() ? "" : " Already moved by this request: " + alreadyMoved.stream()
                    .map(TenantPhase::tenant).toList() + ".";
            throw new TransitionRefusedException("Tenant '" + current.tenant() + "' changed while this transition ran; "
                    + "it is now in " + winner.phase() + ": read GET /migration/phases and retry if still wanted." + moved,
                    List.of("tenant '" + current.tenant() + "' was moved from " + current.phase() + " to "
                            + winner.phase() + " by a concurrent transition (version " + winner.version() + ")"));
        }
        PhaseChange change = new PhaseChange(current.tenant(), next.version(), current.phase(), to, request.who(), now,
                request.reason(), request.force(), request.automatic());
        store.record(change);
        applied.accept(next);
        listener.changed(change);
        return next;
    }

    private TenantPhase current(String tenant) {
        return store.find(tenant).orElse(TenantPhase.initial(tenant, defaultPhase));
    }

    private static Phase parse(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("to is missing: name the phase to move to, one of "
                    + Arrays.toString(Phase.values()));
        }
        try {
            return Phase.valueOf(to.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown phase '" + to + "': one of " + Arrays.toString(Phase.values()));
        }
    }

    private static List<String> names(List<TenantPhase> phases) {
        return phases.stream().map(TenantPhase::tenant).toList();
    }
}
