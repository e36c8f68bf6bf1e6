package dev.graph2doc.rehearse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One fault of the rehearsal: what was done, to which tenant in which phase, when (seconds since the start), what the
 * rehearsal then observed, and its {@link Outcome}: survived without help, not survived ({@code note} says what needed
 * help), or not injected at all ({@code observed} says why) — a fault that was not injected proves nothing either way
 * and is never counted against graph2doc.
 */
record FaultRecord(String name, String tenant, String phase, double atSecond, double lastedSeconds, Outcome outcome,
                   String injected, String observed, String note) {

    /** What became of a fault. */
    enum Outcome {
        SURVIVED("survived unaided"), NOT_SURVIVED("NOT survived unaided"), NOT_INJECTED("not injected");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        @JsonValue
        String label() {
            return label;
        }
    }

    /** A fault that was injected; {@code survived}: the rehearsal's reading of what it observed. */
    static FaultRecord injected(String name, String tenant, String phase, double atSecond, double lastedSeconds,
                                String injected, String observed, boolean survived, String note) {
        return new FaultRecord(name, tenant, phase, atSecond, lastedSeconds,
                survived ? Outcome.SURVIVED : Outcome.NOT_SURVIVED, injected, observed, note);
    }

    /** A fault the rehearsal could not inject, and why ("not injected: " + why). */
    static FaultRecord notInjected(String name, String tenant, String phase, double atSecond, String why) {
        return new FaultRecord(name, tenant, phase, atSecond, 0, Outcome.NOT_INJECTED, "nothing",
                "not injected: " + why, "");
    }

    /** In report.json too: true only for a fault that was injected and survived unaided. */
    @JsonProperty("survived")
    boolean survived() {
        return outcome == Outcome.SURVIVED;
    }

    /** The report's cell: "survived unaided", "NOT survived unaided — note", "not injected — why". */
    String verdict() {
        return switch (outcome) {
            case SURVIVED -> outcome.label();
            case NOT_SURVIVED -> outcome.label() + (note.isEmpty() ? "" : " — " + note);
            case NOT_INJECTED -> observed;
        };
    }
}
