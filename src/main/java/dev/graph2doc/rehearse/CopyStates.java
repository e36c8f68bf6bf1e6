package dev.graph2doc.rehearse;

import java.util.Set;

/** The copy states of {@code GET /migration/copy} after which a collection's copy does no more by itself. */
final class CopyStates {

    private static final Set<String> ENDED = Set.of("COMPLETE", "COMPLETE_WITH_FINDINGS", "INCOMPLETE");

    private CopyStates() {
    }

    static boolean ended(String state) {
        return ENDED.contains(state);
    }
}
