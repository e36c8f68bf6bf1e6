package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.read.diff.Difference;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.diff.Outcome;
import dev.graph2doc.read.shadow.ShadowComparator.Sides;
import dev.graph2doc.read.shadow.ShadowRead.KeyRead;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Classifies paired answers and reports each document's outcome to the listener. */
final class ShadowJudge {

    private final DocumentDiff diff;
    private final ShadowListener listener;

    ShadowJudge(DocumentDiff diff, ShadowListener listener) {
        this.diff = diff;
        this.listener = listener;
    }

    /**
     * Reports every settled pair; returns the ones to read again later: those a racing write may explain, and those
     * that differ at one version, since a read of Neo4j may have seen a commit half-applied (the re-read is locked).
     */
    List<DocumentPair> compare(Sides sides, List<DocumentPair> pairs) {
        List<DocumentPair> again = new ArrayList<>();
        for (DocumentPair pair : pairs) {
            if (!pair.sameVersion() && !(pair.control() == null && pair.candidate() == null)) {
                again.add(pair);
                continue;
            }
            Difference d = diff.compare(sides.read().collection(), pair.control(), pair.candidate());
            if (pair.sameVersion() && d.outcome().isMismatch()) {
                again.add(pair);
            } else {
                report(sides, pair, d);
            }
        }
        return again;
    }

    /** Both sides again, by key, settled (the caller bounds it with the candidate timeout). */
    DocumentPair reread(Sides sides, Object key) {
        return new DocumentPair(key, read(sides.control(), sides, key), read(sides.candidate(), sides, key));
    }

    /** A re-read pair: equal versions now are compared; still different versions are {@code stale}. */
    void rechecked(Sides sides, DocumentPair now) {
        boolean bothPresent = now.control() != null && now.candidate() != null;
        Difference d = bothPresent && !now.sameVersion() ? Difference.of(Outcome.STALE)
                : diff.compare(sides.read().collection(), now.control(), now.candidate());
        report(sides, now, d);
    }

    void failed(Sides sides, Outcome outcome) {
        failed(sides, sides.read() instanceof KeyRead k ? k.key() : null, outcome);
    }

    void failed(Sides sides, Object key, Outcome outcome) {
        report(sides, new DocumentPair(key, null, null), Difference.of(outcome));
    }

    private static DocumentView read(ReadSource source, Sides sides, Object key) {
        Optional<DocumentView> doc = source.getSettled(sides.read().tenant(), sides.read().collection(), key);
        return doc.orElse(null);
    }

    private void report(Sides sides, DocumentPair pair, Difference difference) {
        listener.compared(new ComparisonResult(sides.read().tenant(), sides.read().collection().name(), pair.key(),
                sides.phase(), sides.control().name(), sides.candidate().name(), difference, pair.control(),
                pair.candidate(), sides.experiment()));
    }
}
