package dev.graph2doc.read.diff;

import java.util.List;

/** The outcome of comparing two documents, and the paths that differ ({@code devices.2.model}; empty on a match). */
public record Difference(Outcome outcome, List<String> paths) {

    private static final Difference MATCH = new Difference(Outcome.MATCH, List.of());

    public Difference {
        paths = List.copyOf(paths);
    }

    public static Difference match() {
        return MATCH;
    }

    public static Difference of(Outcome outcome) {
        return new Difference(outcome, List.of());
    }

    public boolean matches() {
        return outcome == Outcome.MATCH;
    }
}
