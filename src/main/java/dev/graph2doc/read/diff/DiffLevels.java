package dev.graph2doc.read.diff;


/**
 * How far apart two values are, as ints ordered by severity so that a tree's level is the maximum of its
 * parts (ints rather than {@link Outcome} so the hot path compares without lookups).
 */
final class DiffLevels {

    /** Equal after normalisation (numeric widening, instants, byte content, set order, ignored paths). */
    static final int EQUAL = 0;
    /** Equal except for the order of elements in a non-set array. */
    static final int ORDER = 1;
    /** Equal except that one side holds a value as text ("42") and the other as that value (42). */
    static final int TYPE = 2;
    /** A value differs. */
    static final int FIELD = 3;

    private DiffLevels() {
    }

    static Outcome outcome(int level) {
        return switch (level) {
            case EQUAL -> Outcome.MATCH;
            case ORDER -> Outcome.ARRAY_ORDER;
            case TYPE -> Outcome.TYPE;
            default -> Outcome.FIELD;
        };
    }
}
