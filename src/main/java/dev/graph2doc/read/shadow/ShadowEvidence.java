package dev.graph2doc.read.shadow;

import dev.graph2doc.phase.ReadEvidence;
import dev.graph2doc.read.shadow.ComparisonTallyStore.Tally;
import java.time.Instant;
import java.util.function.Function;

/** The comparison gates' evidence: shadow comparisons in the current phase and the last clean verification. */
public final class ShadowEvidence implements ReadEvidence {

    private final ComparisonTallies tallies;
    private final Function<String, Instant> lastCleanVerification;

    public ShadowEvidence(ComparisonTallies tallies, Function<String, Instant> lastCleanVerification) {
        this.tallies = tallies;
        this.lastCleanVerification = lastCleanVerification;
    }

    @Override
    public Evidence of(String tenant) {
        Tally t = tallies.of(tenant);
        return new Evidence(t.comparisons(), t.mismatches(), lastCleanVerification.apply(tenant));
    }
}
