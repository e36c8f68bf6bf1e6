package dev.graph2doc.read.verify;


/**
 * What a verification found in one tenant's collection. {@code missing}: Neo4j has the document and MongoDB not;
 * {@code extra}: the reverse; {@code mismatched}: both have it at the same version with different bodies;
 * {@code unsettled}: the two versions still differed when the key was re-checked at the end of the scan (a write
 * in flight, or its MongoDB half waiting in the repair backlog), so the bodies were not compared;
 * {@code unrenderable}: a root the mapping cannot render (see the copy's unmappable values). {@code repaired}: how
 * many of the differences a repairing run fixed and re-verified.
 */
public record VerificationCounts(long matched, long missing, long extra, long mismatched, long unsettled,
                                 long unrenderable, long repaired) {

    public static final VerificationCounts ZERO = new VerificationCounts(0, 0, 0, 0, 0, 0, 0);

    /** Clean: nothing but matches. A run that repaired differences found them, so it is not clean; the next one can be. */
    public boolean clean() {
        return missing + extra + mismatched + unsettled + unrenderable == 0;
    }

    public long verified() {
        return matched + missing + extra + mismatched + unsettled + unrenderable;
    }

    VerificationCounts plus(VerificationFinding.Kind kind) {
        return switch (kind) {
            case MATCHED -> new VerificationCounts(matched + 1, missing, extra, mismatched, unsettled, unrenderable, repaired);
            case MISSING -> new VerificationCounts(matched, missing + 1, extra, mismatched, unsettled, unrenderable, repaired);
            case EXTRA -> new VerificationCounts(matched, missing, extra + 1, mismatched, unsettled, unrenderable, repaired);
            case MISMATCHED -> new VerificationCounts(matched, missing, extra, mismatched + 1, unsettled, unrenderable, repaired);
            case UNSETTLED -> new VerificationCounts(matched, missing, extra, mismatched, unsettled + 1, unrenderable, repaired);
            case UNRENDERABLE -> new VerificationCounts(matched, missing, extra, mismatched, unsettled, unrenderable + 1, repaired);
            case RACED, GONE -> this;
        };
    }

    VerificationCounts plusRepaired(long n) {
        return new VerificationCounts(matched, missing, extra, mismatched, unsettled, unrenderable, repaired + n);
    }

    public VerificationCounts plus(VerificationCounts o) {
        return new VerificationCounts(matched + o.matched, missing + o.missing, extra + o.extra,
                mismatched + o.mismatched, unsettled + o.unsettled, unrenderable + o.unrenderable, repaired + o.repaired);
    }
}
