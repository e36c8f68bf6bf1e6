package dev.graph2doc.risk;

import java.util.Locale;

/**
 * Numbers as graph2doc prints them everywhere (risk, start-up messages, serve's lines, logs, JSON): plain digits,
 * no thousands separator, locale-free — {@code 8001}, not {@code 8,001}; bytes also in KiB or MiB.
 */
public final class RiskNumbers {

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private RiskNumbers() {
    }

    public static String count(long value) {
        return Long.toString(value);
    }

    /** e.g. {@code 612 B}, {@code 1.2 KiB}, {@code 16.0 MiB}. */
    public static String bytes(long value) {
        if (value < KIB) {
            return value + " B";
        }
        if (value < MIB) {
            return String.format(Locale.ROOT, "%.1f KiB", value / (double) KIB);
        }
        return String.format(Locale.ROOT, "%.1f MiB", value / (double) MIB);
    }

    static String percent(long value, long limit) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * value / limit);
    }
}
