package dev.graph2doc.read.diff;

import static dev.graph2doc.read.diff.DiffLevels.EQUAL;
import static dev.graph2doc.read.diff.DiffLevels.FIELD;
import static dev.graph2doc.read.diff.DiffLevels.TYPE;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;

/**
 * The level of two values that are not both maps or both lists. Equal: numerically equal Numbers, the same
 * instant (Instant, java.util.Date, or an ISO-8601 instant string facing one of those), byte arrays with the
 * same content, otherwise {@code equals}. TYPE: a String facing a Boolean or Number it spells (see
 * {@link #textLevel}). Anything else, null against a value included, is FIELD.
 */
final class DiffScalars {

    private DiffScalars() {
    }

    static int level(Object a, Object b) {
        if (a == b) {
            return EQUAL;
        }
        if (a == null || b == null) {
            return FIELD;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y) ? EQUAL : FIELD;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return DiffNumbers.same(x, y) ? EQUAL : FIELD;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y) ? EQUAL : FIELD;
        }
        if (temporal(a) || temporal(b)) {
            return sameInstant(a, b) ? EQUAL : FIELD;
        }
        if (a instanceof String text) {
            return textLevel(text, b);
        }
        if (b instanceof String text) {
            return textLevel(text, a);
        }
        return a.equals(b) ? EQUAL : FIELD;
    }

    /** TYPE when {@code text} is exactly "true"/"false" for that Boolean, or a decimal literal of that Number. */
    private static int textLevel(String text, Object other) {
        if (other instanceof Boolean flag) {
            return text.equals(flag.toString()) ? TYPE : FIELD;
        }
        if (other instanceof Number number) {
            return DiffNumbers.sameText(text, number) ? TYPE : FIELD;
        }
        return FIELD;
    }

    private static boolean temporal(Object value) {
        return value instanceof Instant || value instanceof Date;
    }

    private static boolean sameInstant(Object a, Object b) {
        Instant x = instant(a);
        return x != null && x.equals(instant(b));
    }

    /** Null when the value is no instant: neither temporal nor an ISO-8601 instant string. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Date date) {
            // getTime, not toInstant: java.sql.Date (a Date) throws from toInstant; a Date holds milliseconds
            return Instant.ofEpochMilli(date.getTime());
        }
        if (value instanceof String text && looksLikeInstant(text)) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                return null;
            }
        }
        return null;
    }

    /** "2024-05-01T10:00:00Z" at the least; keeps ordinary strings away from a throwing parser. */
    private static boolean looksLikeInstant(String text) {
        return text.length() >= 20 && text.charAt(4) == '-' && text.charAt(10) == 'T';
    }
}
