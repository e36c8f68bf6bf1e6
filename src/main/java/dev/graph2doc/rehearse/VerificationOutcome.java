package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.JsonNode;

/** A finished full verification of one tenant as the report shows it. */
record VerificationOutcome(String tenant, String id, String state, long verified, long matched, long missing, long extra,
                           long mismatched, long unsettled, long unrenderable) {

    static VerificationOutcome of(String tenant, JsonNode run) {
        JsonNode t = run.path("totals");
        return new VerificationOutcome(tenant, run.path("id").asText(), run.path("state").asText(),
                run.path("progress").path("documentsVerified").asLong(), t.path("matched").asLong(),
                t.path("missing").asLong(), t.path("extra").asLong(), t.path("mismatched").asLong(),
                t.path("unsettled").asLong(), t.path("unrenderable").asLong());
    }

    boolean clean() {
        return state.equals("DONE") && missing == 0 && extra == 0 && mismatched == 0 && unsettled == 0 && unrenderable == 0;
    }

    String summary() {
        return state + ", " + verified + " documents: matched " + matched + ", missing " + missing + ", extra " + extra
                + ", mismatched " + mismatched + ", unsettled " + unsettled + ", unrenderable " + unrenderable
                + (clean() ? " (clean)" : " (NOT clean)");
    }
}
