package dev.graph2doc.read.verify;

import java.util.List;

/**
 * One key a verification found different, for the operator to look at: {@code kind} is the count it went to
 * ({@code missing}, {@code extra}, {@code mismatched}, {@code unsettled}, {@code unrenderable}); {@code outcome}
 * the comparison's label ({@code field}, {@code array_order}, ...) and {@code paths} where the bodies differ.
 */
public record VerificationExample(String kind, Object key, String outcome, List<String> paths) {

    /** Enough paths to point at the problem without making a run's record grow with a badly broken document. */
    static final int MAX_PATHS = 10;

    public VerificationExample {
        paths = List.copyOf(paths.size() > MAX_PATHS ? paths.subList(0, MAX_PATHS) : paths);
    }
}
