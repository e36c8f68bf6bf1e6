package dev.graph2doc.read.shadow;

import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseMachine;
import dev.graph2doc.phase.TenantPhase;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.phase.TransitionRefusedException;
import dev.graph2doc.phase.TransitionRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a tenant that reads from MongoDB back to {@code FORK_WRITES} (reads return to Neo4j) when its shadow
 * comparisons disagree too often. Each instance judges what it compared itself; the first to trip moves the
 * tenant, the others then see the new phase. Counted like the gate's evidence: races, candidate errors and
 * timeouts, and experiments are no evidence of wrong data.
 */
public final class AutoStepBack implements ShadowListener {

    public static final String WHO = "graph2doc";
    private static final Logger LOG = LoggerFactory.getLogger(AutoStepBack.class);

    private final AutoStepBackSettings settings;
    private final TenantPhases phases;
    private final PhaseMachine machine;
    private final Clock clock;
    private final Map<String, Entry> windows = new ConcurrentHashMap<>();

    public AutoStepBack(AutoStepBackSettings settings, TenantPhases phases, PhaseMachine machine, Clock clock) {
        this.settings = settings;
        this.phases = phases;
        this.machine = machine;
        this.clock = clock;
    }

    @Override
    public void compared(ComparisonResult r) {
        if (!settings.enabled() || !r.isEvidence() || !readsFromMongo(r.phase())) {
            return;
        }
        TenantPhase now = phases.stateOf(r.tenant());
        if (now.phase() != r.phase()) {
            return;
        }
        // a new phase entry starts a new window: evidence from before it says nothing about it
        Entry entry = windows.compute(r.tenant(), (t, e) -> e != null && e.phaseVersion() == now.version() ? e
                : new Entry(now.version(), new MismatchWindow(clock, settings.window())));
        MismatchWindow window = entry.window();
        synchronized (window) {
            window.add(r.outcome().isMismatch());
            long comparisons = window.comparisons();
            double ratio = (double) window.mismatches() / comparisons;
            if (comparisons >= settings.minComparisons() && ratio > settings.maxMismatchRatio()
                    && windows.remove(r.tenant(), entry)) {
                stepBack(r.tenant(), ratio, comparisons);
            }
        }
    }

    private void stepBack(String tenant, double ratio, long comparisons) {
        String reason = String.format(Locale.ROOT, "auto: mismatch ratio %.4f > %s over the last %s (%d comparisons)",
                ratio, settings.maxMismatchRatio(), settings.window(), comparisons);
        try {
            machine.transition(new TransitionRequest(Phase.FORK_WRITES.name(), List.of(tenant), reason, false,
                    null, WHO, true));
            LOG.warn("tenant {} stepped back to FORK_WRITES: {}", tenant, reason);
        } catch (TransitionRefusedException e) {
            // another instance (or an operator) moved the tenant first: this instance's evidence is moot
            LOG.info("tenant {} not stepped back by this instance: {}", tenant, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("tenant {} should step back to FORK_WRITES ({}) but the phase store failed: {}; "
                    + "it trips again once the window holds enough mismatches", tenant, reason, e.getMessage());
        }
    }

    private static boolean readsFromMongo(Phase phase) {
        return phase == Phase.SWAP_READS || phase == Phase.COMPARE;
    }

    private record Entry(long phaseVersion, MismatchWindow window) {
    }
}
