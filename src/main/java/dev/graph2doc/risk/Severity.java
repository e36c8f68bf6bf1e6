package dev.graph2doc.risk;

/** How bad a finding is: {@code DANGER} stops the migration (the CLI exits 3), {@code WARN} deserves a look. */
public enum Severity {
    OK, WARN, DANGER;

    /** {@code value} against {@code limit}: danger at or above it, warn at or above half of it. */
    static Severity of(long value, long limit) {
        if (value >= limit) {
            return DANGER;
        }
        return value >= RiskLimits.warnAt(limit) ? WARN : OK;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
