package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * After documents were corrupted in MongoDB during SWAP_READS: waits for graph2doc's automatic step-back to
 * FORK_WRITES (stepping back as an operator if it does not come, and saying so), then repairs with a verification
 * ({@code repair: true}) and verifies (still repairing) until clean. The walk then goes forward again through the gates.
 */
final class CorruptionStep {

    private static final int CLEAN_ATTEMPTS = 5;

    private final Faults faults;
    private final String tenant;
    private final String what;
    private final List<Object> corrupted;
    private final double at;
    private final long failedBefore;

    CorruptionStep(Faults faults, String tenant, String what, List<Object> corrupted, double at, long failedBefore) {
        this.faults = faults;
        this.tenant = tenant;
        this.what = what;
        this.corrupted = corrupted;
        this.at = at;
        this.failedBefore = failedBefore;
    }

    void survive(PhaseBoard board, Events events, Duration patience) throws InterruptedException {
        Operator operator = faults.operator();
        String stepBack = awaitAutomaticStepBack(operator);
        boolean automatic = stepBack != null;
        if (automatic) {
            board.set(tenant, "FORK_WRITES");
            events.add(Events.Kind.PHASE, tenant, "FORK_WRITES (automatic step-back by graph2doc: " + stepBack + ")");
        } else {
            events.add(Events.Kind.FAULT, tenant, "no automatic step-back within " + Faults.STEP_BACK_PATIENCE.toSeconds()
                    + " s: the operator steps back");
            operator.move(tenant, "FORK_WRITES", "rehearsal: corrupted documents, no automatic step-back", patience);
        }
        JsonNode totals = operator.verify(tenant, true, patience).path("totals");
        events.add(Events.Kind.INFO, tenant, "repairing verification: mismatched " + totals.path("mismatched").asLong()
                + ", missing " + totals.path("missing").asLong() + ", repaired " + totals.path("repaired").asLong());
        long repairedAgain = 0;
        boolean clean = false;
        for (int attempt = 1; attempt <= CLEAN_ATTEMPTS && !clean; attempt++) {
            // repairing again: a forked write may have copied a corrupted value into another document before the repair
            JsonNode again = operator.verify(tenant, true, patience);
            clean = VerificationOutcome.of(tenant, again).clean();
            repairedAgain += again.path("totals").path("repaired").asLong();
        }
        if (repairedAgain > 0) {
            events.add(Events.Kind.INFO, tenant, "verifying again repaired " + repairedAgain + " more document(s)");
        }
        faults.record(outcome(stepBack, totals, clean, repairedAgain));
    }

    private FaultRecord outcome(String stepBack, JsonNode totals, boolean clean, long repairedAgain) {
        boolean automatic = stepBack != null;
        long failed = faults.stats().failed() - failedBefore;
        // a corrupted document may have been re-rendered by a write before the scan (fixed, not found): all found repaired is the bar
        boolean repaired = totals.path("repaired").asLong() >= totals.path("mismatched").asLong() + totals.path("missing").asLong();
        return FaultRecord.injected(CorruptionInjection.NAME, tenant, "SWAP_READS", at, faults.elapsed() - at,
                what + " (version unchanged), e.g. " + corrupted.subList(0, Math.min(3, corrupted.size())),
                "corrupted " + corrupted.size() + " document(s); " + (automatic ? "graph2doc stepped back to FORK_WRITES by itself (" + stepBack + ")"
                        : "graph2doc did NOT step back by itself within " + Faults.STEP_BACK_PATIENCE.toSeconds()
                                + " s; the rehearsal stepped back as an operator")
                        + "; the repairing verification found " + totals.path("mismatched").asLong() + " mismatched, "
                        + totals.path("missing").asLong() + " missing and repaired "
                        + totals.path("repaired").asLong()
                        + (repairedAgain > 0 ? "; verifying again repaired " + repairedAgain + " more" : "")
                        + "; next verification " + (clean ? "clean" : "NOT clean")
                        + "; failed requests during the fault " + failed,
                automatic && repaired && clean && failed == 0,
                automatic ? "" : "graph2doc did not step back to FORK_WRITES by itself within "
                        + Faults.STEP_BACK_PATIENCE.toSeconds() + " s: the operator stepped back");
    }

    /** The automatic step-back's reason, or null when the tenant did not step back by itself in time. */
    private String awaitAutomaticStepBack(Operator operator) throws InterruptedException {
        Instant deadline = Instant.now().plus(Faults.STEP_BACK_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            JsonNode row = operator.phaseOf(tenant);
            if (row != null && row.path("phase").asText().equals("FORK_WRITES")) {
                JsonNode history = operator.read("/migration/history?tenant=" + tenant);
                JsonNode latest = history == null || history.isEmpty() ? null : history.get(0);
                if (latest != null && latest.path("automatic").asBoolean(false)) {
                    return latest.path("reason").asText("");
                }
                return "stepped back by " + (latest == null ? "?" : latest.path("who").asText("?"));
            }
            Thread.sleep(200);
        }
        return null;
    }
}
