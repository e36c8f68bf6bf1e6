package dev.graph2doc.read.verify;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.read.diff.Difference;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.diff.Outcome;
import java.util.List;
import java.util.Locale;

/**
 * What the verifier concluded about one key. {@code RACED}: the sides disagree in a way a write in flight explains
 * (different versions, or one side without the document), so the key is re-checked later instead of counted;
 * {@code GONE}: neither side has it any more (deleted during the scan). {@code candidateVersion}: the version
 * MongoDB held, which a repair deleting an extra document must not exceed.
 */
record VerificationFinding(Object key, Kind kind, Difference difference, long candidateVersion, String reason) {

    enum Kind {
        MATCHED, MISSING, EXTRA, MISMATCHED, UNSETTLED, UNRENDERABLE, RACED, GONE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What a repairing run fixes: a document to re-render or to delete. */
        boolean repairable() {
            return this == MISSING || this == EXTRA || this == MISMATCHED;
        }
    }

    static VerificationFinding of(Object key, Kind kind) {
        return new VerificationFinding(key, kind, Difference.match(), 0, null);
    }

    /**
     * Judges one key. {@code settled}: this is the re-check, so one-sided keys and version differences are final;
     * otherwise they are {@code RACED} and judged again at the end of the collection.
     */
    static VerificationFinding judge(DocumentDiff diff, CollectionMapping collection, VerificationPair pair,
                                     boolean settled) {
        DocumentView control = pair.control();
        DocumentView candidate = pair.candidate();
        if (pair.unrenderable() != null) {
            return new VerificationFinding(pair.key(), Kind.UNRENDERABLE, Difference.match(), 0, pair.unrenderable());
        }
        if (control == null && candidate == null) {
            return of(pair.key(), Kind.GONE);
        }
        if (control == null || candidate == null || control.version() != candidate.version()) {
            return settled ? settledDifference(pair) : of(pair.key(), Kind.RACED);
        }
        Difference d = diff.compare(collection, control, candidate);
        return d.matches() ? of(pair.key(), Kind.MATCHED)
                : new VerificationFinding(pair.key(), Kind.MISMATCHED, d, candidate.version(), null);
    }

    private static VerificationFinding settledDifference(VerificationPair pair) {
        if (pair.candidate() == null) {
            return of(pair.key(), Kind.MISSING);
        }
        if (pair.control() == null) {
            return new VerificationFinding(pair.key(), Kind.EXTRA, Difference.of(Outcome.EXTRA),
                    pair.candidate().version(), null);
        }
        return of(pair.key(), Kind.UNSETTLED);
    }

    /** Still one-sided at its re-check, but a change to it waits in the repair backlog: unsettled, not missing. */
    VerificationFinding awaitingRepair() {
        return new VerificationFinding(key, Kind.UNSETTLED, Difference.of(Outcome.STALE), candidateVersion,
                "waits in the repair backlog (was " + kind.label() + ")");
    }

    VerificationExample example() {
        Outcome outcome = switch (kind) {
            case MISSING -> Outcome.MISSING;
            case EXTRA -> Outcome.EXTRA;
            case UNSETTLED -> Outcome.STALE;
            case UNRENDERABLE -> Outcome.ERROR;
            default -> difference.outcome();
        };
        List<String> paths = reason == null ? difference.paths() : List.of(reason);
        return new VerificationExample(kind.label(), key, outcome.label(), paths);
    }
}
