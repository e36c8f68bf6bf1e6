package dev.graph2doc.read.diff;

import java.util.Locale;

/**
 * What one comparison of a control and a candidate found. {@code MISSING}: the candidate has no document the
 * control has; {@code EXTRA}: the reverse. {@code STALE}: the two carried different versions even after a re-read
 * (a write raced the read), so their bodies were not compared. The lower-case name is the metric label.
 */
public enum Outcome {
    MATCH, MISSING, EXTRA, FIELD, ARRAY_ORDER, TYPE, STALE, ERROR, TIMEOUT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A real difference between the stores (not a race, not a failure to read the candidate). */
    public boolean isMismatch() {
        return this == MISSING || this == EXTRA || this == FIELD || this == ARRAY_ORDER || this == TYPE;
    }
}
