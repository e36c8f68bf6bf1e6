package dev.graph2doc.phase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Thresholds of the soft gates ({@code graph2doc.phase.gates.*}): the largest mismatch ratio that allows
 * {@code SWAP_READS}, the comparisons needed before a ratio counts, how old the last clean verification may
 * be and how long a tenant must stay in {@code COMPARE} before {@code UNFORKED}, and how long a store
 * reachability check may take.
 */
public record GateSettings(double maxMismatchRatio, long minComparisons, Duration verificationFreshness,
                           Duration minCompareDuration, Duration storeTimeout) {

    public static final GateSettings DEFAULT = new GateSettings(0.001, 1000, Duration.ofHours(24),
            Duration.ofMinutes(30), Duration.ofSeconds(5));

    /** Checked at start-up, every bad value named at once. */
    public GateSettings {
        List<String> problems = new ArrayList<>();
        if (!(maxMismatchRatio >= 0 && maxMismatchRatio <= 1)) {
            problems.add("graph2doc.phase.gates.max-mismatch-ratio = " + maxMismatchRatio + " must be 0..1");
        }
        if (minComparisons < 0) {
            problems.add("graph2doc.phase.gates.min-comparisons = " + minComparisons + " must be 0 or more");
        }
        positive(problems, "verification-freshness", verificationFreshness);
        if (minCompareDuration == null || minCompareDuration.isNegative()) {
            problems.add("graph2doc.phase.gates.min-compare-duration = " + minCompareDuration + " must be 0s or more");
        }
        positive(problems, "store-timeout", storeTimeout);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
    }

    private static void positive(List<String> problems, String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            problems.add("graph2doc.phase.gates." + name + " = " + value + " must be more than 0s");
        }
    }
}
