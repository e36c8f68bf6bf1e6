package dev.graph2doc.phase;

import dev.graph2doc.phase.ReadEvidence.Evidence;
import java.util.ArrayList;
import java.util.List;

/** Soft, before {@code SWAP_READS}: enough dark comparisons, with a mismatch ratio at most the threshold. */
public final class ComparisonGate extends GuardedGate {

    private final ReadEvidence evidence;
    private final GateSettings settings;

    public ComparisonGate(ReadEvidence evidence, GateSettings settings) {
        super(false, PhaseTransition.FORK_WRITES_TO_SWAP_READS);
        this.evidence = evidence;
        this.settings = settings;
    }

    @Override
    public List<String> unmet(GateInput input) {
        return unmet(input.tenant(), evidence.of(input.tenant()), settings.maxMismatchRatio(), settings.minComparisons());
    }

    /** Shared with the unfork gate, which allows no mismatch at all. */
    static List<String> unmet(String tenant, Evidence e, double maxRatio, long minComparisons) {
        List<String> unmet = new ArrayList<>();
        if (e.comparisons() < minComparisons) {
            unmet.add("tenant '" + tenant + "' has " + e.comparisons() + " read comparison(s), at least "
                    + minComparisons + " needed (graph2doc.phase.gates.min-comparisons): let reads be compared longer");
        }
        if (e.mismatchRatio() > maxRatio) {
            unmet.add("mismatch ratio of tenant '" + tenant + "' is " + e.mismatchRatio() + " (" + e.mismatches() + " of "
                    + e.comparisons() + "), must be at most " + maxRatio + ": look at the mismatch samples and repair");
        }
        return unmet;
    }
}
