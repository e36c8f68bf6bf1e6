package dev.graph2doc.rehearse;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Walks one tenant through COPY → FORK_WRITES → SWAP_READS → COMPARE → UNFORKED over the control API, waiting on
 * each gate like an operator; with {@link Faults}, injects them on the way (the canary tenant carries the faults).
 */
final class Walker {

    private static final int CLEAN_ATTEMPTS = 5;
    private static final int MAX_STEP_BACKS = 5;
    private static final List<String> FORWARD = List.of("COPY", "FORK_WRITES", "SWAP_READS", "COMPARE", "UNFORKED");

    private final Operator operator;
    private final PhaseBoard board;
    private final Events events;
    private final Duration patience;
    private final int collections;

    Walker(Operator operator, PhaseBoard board, Events events, Duration patience, int collections) {
        this.collections = collections;
        this.operator = operator;
        this.board = board;
        this.events = events;
        this.patience = patience;
    }

    /** What a walk did: the copy's documents and time, and the last verification before UNFORKED. */
    record WalkResult(String tenant, long copiedDocuments, double copySeconds, VerificationOutcome verification) {
    }

    /** The walk to UNFORKED. */
    WalkResult walk(String tenant, Faults faults, long copyThrottle) throws Exception {
        operator.move(tenant, "COPY", "rehearsal", patience);
        long copyStart = System.nanoTime();
        long copied = copy(tenant, faults, copyThrottle);
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        operator.move(tenant, "FORK_WRITES", "rehearsal: copy complete", patience);
        if (faults != null) {
            faults.restartMongo(tenant, patience);
        }
        reach(tenant, "SWAP_READS");
        if (faults != null) {
            Thread.sleep(1000);
            var step = faults.corrupt(tenant);
            if (step.isPresent()) {
                step.get().survive(board, events, patience);
                reach(tenant, "SWAP_READS");
            }
        }
        reach(tenant, "COMPARE");
        if (faults != null) {
            faults.slowCandidate(tenant);
        }
        VerificationOutcome verified = verifyUntilClean(tenant);
        if (!"COMPARE".equals(currentPhase(tenant))) {
            reach(tenant, "COMPARE"); // stepped back by graph2doc while comparing: compare and verify again
            verified = verifyUntilClean(tenant);
        }
        operator.move(tenant, "UNFORKED", "rehearsal: compared and verified", patience);
        return new WalkResult(tenant, copied, copySeconds, verified);
    }

    /**
     * Moves the tenant forward one phase at a time until it is in {@code to}. graph2doc may step it back by itself right
     * after a move (its mismatch window still holds what a repair since fixed): then, as an operator would, forward again
     * through the gates, at most {@link #MAX_STEP_BACKS} times.
     */
    private void reach(String tenant, String to) throws InterruptedException {
        int stepBacks = 0;
        String at = currentPhase(tenant);
        while (!to.equals(at)) {
            String next = FORWARD.get(Math.min(FORWARD.indexOf(at) + 1, FORWARD.indexOf(to)));
            try {
                operator.move(tenant, next, stepBacks == 0 ? "rehearsal" : "rehearsal: forward again after an automatic step-back", patience);
                at = next;
            } catch (Operator.SteppedBack back) {
                if (++stepBacks > MAX_STEP_BACKS) {
                    throw new Operator.WalkFailed(tenant + " stepped back by graph2doc " + stepBacks + " times on the way to " + to
                            + ", last: " + back.getMessage());
                }
                at = back.phase;
            }
        }
    }

    private String currentPhase(String tenant) throws InterruptedException {
        var row = operator.phaseOf(tenant);
        return row == null ? board.of(tenant) : row.path("phase").asText();
    }

    /** Starts the copy, retrying its 409 while an instance does not capture the tenant's writes yet. */
    private ApiClient.Answer startCopy(String tenant) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        ApiClient.Answer started = operator.post("/migration/copy", Map.of("tenants", List.of(tenant)));
        while (started.status() == 409 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            started = operator.post("/migration/copy", Map.of("tenants", List.of(tenant)));
        }
        return started;
    }

    private long copy(String tenant, Faults faults, long throttle) throws Exception {
        if (throttle > 0) {
            operator.post("/migration/copy/throttle", Map.of("maxDocumentsPerSecond", throttle));
        }
        ApiClient.Answer started = startCopy(tenant);
        if (started.status() != 202) {
            throw new Operator.WalkFailed("starting the copy of " + tenant + " answered " + started.status() + ": " + started.body());
        }
        board.copyStarted(tenant);
        events.add(Events.Kind.INFO, tenant, "copy started" + (throttle > 0 ? " (throttled to " + throttle + " documents/s per instance)" : ""));
        if (faults != null) {
            faults.killDuringCopy(tenant, patience);
        }
        long[] copied = new MigrationStatus(operator).awaitCopy(tenant, collections, patience);
        if (copied == null) {
            throw new Operator.WalkFailed("the copy of " + tenant + " did not complete within " + patience.toSeconds() + " s");
        }
        if (throttle > 0) {
            operator.post("/migration/copy/throttle", Map.of("maxDocumentsPerSecond", 0));
        }
        events.add(Events.Kind.INFO, tenant, "copy complete: " + copied[0] + " documents");
        return copied[0];
    }

    private VerificationOutcome verifyUntilClean(String tenant) throws InterruptedException {
        VerificationOutcome last = null;
        for (int attempt = 1; attempt <= CLEAN_ATTEMPTS; attempt++) {
            last = VerificationOutcome.of(tenant, operator.verify(tenant, false, patience));
            events.add(Events.Kind.INFO, tenant, "verification " + last.id() + ": " + last.summary());
            if (last.clean()) {
                return last;
            }
        }
        return last;
    }
}
