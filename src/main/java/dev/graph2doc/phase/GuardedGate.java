package dev.graph2doc.phase;

import java.util.EnumSet;
import java.util.Set;

/** A gate over a fixed set of transitions, structural or soft for good: what each gate used to spell out itself. */
public abstract class GuardedGate implements Gate {

    private final boolean structural;
    private final Set<PhaseTransition> guarded;

    /** {@code structural}: holds whatever the operator says; otherwise {@code force} skips it with a reason. */
    protected GuardedGate(boolean structural, PhaseTransition first, PhaseTransition... more) {
        this.structural = structural;
        this.guarded = EnumSet.of(first, more);
    }

    @Override
    public final boolean guards(PhaseTransition transition) {
        return guarded.contains(transition);
    }

    @Override
    public final boolean structural() {
        return structural;
    }
}
