package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.read.diff.Difference;
import dev.graph2doc.read.diff.Outcome;
import java.util.List;

/**
 * One shadow comparison of one document (or, for {@code ERROR} and {@code TIMEOUT}, of one read: {@code key}
 * null for a page). {@code experiment}: control compared with itself, to measure the noise floor — never
 * counted as evidence for a phase gate.
 */
public record ComparisonResult(String tenant, String collection, Object key, Phase phase, String controlStore,
                               String candidateStore, Difference difference, DocumentView control,
                               DocumentView candidate, boolean experiment) {

    public Outcome outcome() {
        return difference.outcome();
    }

    /**
     * Whether this comparison says something about the data: races ({@code stale}), candidate errors and timeouts,
     * and control-vs-control experiments do not. Gates and the automatic step-back count only these.
     */
    public boolean isEvidence() {
        Outcome o = outcome();
        return !experiment && o != Outcome.STALE && o != Outcome.ERROR && o != Outcome.TIMEOUT;
    }

    public List<String> paths() {
        return difference.paths();
    }
}
