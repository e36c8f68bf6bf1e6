package dev.graph2doc.phase;

import dev.graph2doc.phase.ReadEvidence.Evidence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Soft, before {@code UNFORKED}: no mismatch over enough comparisons, the tenant compared for long enough, and
 * a clean full verification finished after it entered {@code COMPARE} and within the freshness window.
 */
public final class UnforkReadinessGate extends GuardedGate {

    private final ReadEvidence evidence;
    private final GateSettings settings;

    public UnforkReadinessGate(ReadEvidence evidence, GateSettings settings) {
        super(false, PhaseTransition.COMPARE_TO_UNFORKED);
        this.evidence = evidence;
        this.settings = settings;
    }

    @Override
    public List<String> unmet(GateInput input) {
        String tenant = input.tenant();
        Evidence e = evidence.of(tenant);
        List<String> unmet = new ArrayList<>(ComparisonGate.unmet(tenant, e, 0, settings.minComparisons()));
        Instant entered = input.current().since();
        Duration compared = entered == null ? Duration.ZERO : Duration.between(entered, input.now());
        if (compared.compareTo(settings.minCompareDuration()) < 0) {
            unmet.add("tenant '" + tenant + "' is in COMPARE since " + entered + " (" + compared + "), at least "
                    + settings.minCompareDuration() + " needed (graph2doc.phase.gates.min-compare-duration)");
        }
        unmet.addAll(verification(tenant, e.lastCleanVerification(), entered, input.now()));
        return unmet;
    }

    private List<String> verification(String tenant, Instant clean, Instant entered, Instant now) {
        String next = ": run POST /migration/verifications for tenant '" + tenant + "' and wait for a clean result";
        if (clean == null) {
            return List.of("tenant '" + tenant + "' has no clean full verification" + next);
        }
        if (entered != null && clean.isBefore(entered)) {
            return List.of("the last clean verification of tenant '" + tenant + "' (" + clean
                    + ") is from before it entered COMPARE (" + entered + ")" + next);
        }
        if (Duration.between(clean, now).compareTo(settings.verificationFreshness()) > 0) {
            return List.of("the last clean verification of tenant '" + tenant + "' (" + clean + ") is older than "
                    + settings.verificationFreshness() + " (graph2doc.phase.gates.verification-freshness)" + next);
        }
        return List.of();
    }
}
