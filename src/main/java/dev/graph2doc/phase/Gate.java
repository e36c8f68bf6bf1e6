package dev.graph2doc.phase;

import java.util.List;

/**
 * One condition a transition must meet. Structural gates hold whatever the operator says; soft gates
 * (thresholds, freshness) are skipped by {@code force} with a reason.
 */
public interface Gate {

    boolean guards(PhaseTransition transition);

    boolean structural();

    /** The unmet conditions for this tenant's move, each naming the values and what to do; empty when met. */
    List<String> unmet(GateInput input);
}
