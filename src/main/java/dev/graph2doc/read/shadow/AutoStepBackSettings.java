package dev.graph2doc.read.shadow;

import java.time.Duration;

/**
 * When a tenant reading from MongoDB steps back by itself: a mismatch ratio above {@code maxMismatchRatio} over
 * the last {@code window}, once at least {@code minComparisons} reads were compared in it.
 */
public record AutoStepBackSettings(boolean enabled, double maxMismatchRatio, Duration window, long minComparisons) {

    public AutoStepBackSettings {
        if (maxMismatchRatio < 0 || maxMismatchRatio >= 1) {
            throw new IllegalArgumentException("graph2doc.phase.auto-step-back.max-mismatch-ratio = " + maxMismatchRatio
                    + " must be at least 0 and below 1 (0.01 steps back above 1% mismatches)");
        }
        if (window.isNegative() || window.toMillis() < 10) {
            throw new IllegalArgumentException("graph2doc.phase.auto-step-back.window = " + window
                    + " must be at least 10ms (e.g. 5m)");
        }
        if (minComparisons < 1) {
            throw new IllegalArgumentException("graph2doc.phase.auto-step-back.min-comparisons = " + minComparisons
                    + " must be 1 or more");
        }
    }
}
