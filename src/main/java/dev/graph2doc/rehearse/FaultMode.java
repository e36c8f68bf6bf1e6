package dev.graph2doc.rehearse;

import java.util.Locale;
import java.util.Optional;

/** {@code --faults}: none, the fixed one-per-phase faults, or the seeded chaos nemesis. */
public enum FaultMode {
    OFF, ON, CHAOS;

    /** The mode named by {@code --faults} (any case), or empty when it names none. */
    static Optional<FaultMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "off" -> Optional.of(OFF);
            case "on" -> Optional.of(ON);
            case "chaos" -> Optional.of(CHAOS);
            default -> Optional.empty();
        };
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
