package dev.graph2doc.read.shadow;

import dev.graph2doc.phase.Phase;
import dev.graph2doc.read.shadow.ShadowComparator.Sides;
import java.util.List;

/** Work waiting for the shadow comparator: a served read to repeat on the candidate, or raced keys to re-read. */
sealed interface ShadowJob {

    Sides sides();

    record Compare(Sides sides, Observation served) implements ShadowJob {
    }

    record Recheck(Sides sides, List<DocumentPair> raced) implements ShadowJob {
    }

    /** Key reads that one candidate request can answer together. */
    record Group(Phase phase, String tenant, String collection, ReadSource control, ReadSource candidate,
                 boolean experiment) {

        static Group of(Sides sides) {
            return new Group(sides.phase(), sides.read().tenant(), sides.read().collection().name(), sides.control(),
                    sides.candidate(), sides.experiment());
        }
    }
}
