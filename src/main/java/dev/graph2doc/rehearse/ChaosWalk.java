package dev.graph2doc.rehearse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One tenant's walk under chaos, with steps back: COPY, FORK_WRITES, SWAP_READS, back to FORK_WRITES, SWAP_READS,
 * COMPARE, back to SWAP_READS, COMPARE, then UNFORKED after a clean verification ({@link ChaosClosing}). The steps are
 * spread over seven tenths of the faults' window (tenants staggered), so that faults land in every phase and, after
 * UNFORKED, in MongoDB-only operation too. A move refused (409) or not answered (5xx, no instance) while a fault lasts
 * is simply asked again; graph2doc's own step-backs are walked forward again.
 */
final class ChaosWalk {

    static final List<String> PLAN = List.of("COPY", "FORK_WRITES", "SWAP_READS", "FORK_WRITES", "SWAP_READS", "COMPARE",
            "SWAP_READS", "COMPARE", "UNFORKED");
    private static final List<String> FORWARD = List.of("GRAPH_ONLY", "COPY", "FORK_WRITES", "SWAP_READS", "COMPARE", "UNFORKED");
    private static final int MAX_STEP_BACKS = 20;

    private final ChaosContext chaos;
    private final int collections;
    private final Duration patience;

    ChaosWalk(ChaosContext chaos, int collections) {
        this.chaos = chaos;
        this.collections = collections;
        this.patience = chaos.schedule().duration().plus(Rehearsal.GATE_PATIENCE);
    }

    /** Walks the tenant numbered {@code index} of {@code of} to UNFORKED. */
    Walker.WalkResult walk(String tenant, int index, int of) throws Exception {
        Duration spacing = chaos.schedule().window().multipliedBy(7).dividedBy(10L * PLAN.size());
        Instant begin = chaos.chaosStart().plus(spacing.multipliedBy(index).dividedBy(of));
        long[] copied = {0};
        double copySeconds = 0;
        VerificationOutcome verified = null;
        for (int step = 0; step < PLAN.size(); step++) {
            sleepUntil(begin.plus(spacing.multipliedBy(step)));
            String to = PLAN.get(step);
            if (to.equals("COPY")) {
                long started = System.nanoTime();
                copied = copy(tenant);
                copySeconds = (System.nanoTime() - started) / 1e9;
            } else if (to.equals("UNFORKED")) {
                verified = new ChaosClosing(chaos, this).close(tenant);
            } else {
                goTo(tenant, to);
            }
        }
        return new Walker.WalkResult(tenant, copied[0], copySeconds, verified);
    }

    /** Moves the tenant until it is in {@code target}: a step back directly, forward one phase at a time. */
    void goTo(String tenant, String target) throws InterruptedException {
        int stepBacks = 0;
        String at;
        while (!(at = phase(tenant)).equals(target)) {
            String next = FORWARD.indexOf(target) < FORWARD.indexOf(at) ? target
                    : FORWARD.get(FORWARD.indexOf(at) + 1);
            try {
                chaos.transitions().starting(tenant, at, next);
                chaos.operator().move(tenant, next, "rehearsal (chaos)", patience);
            } catch (Operator.SteppedBack back) {
                if (++stepBacks > MAX_STEP_BACKS) {
                    throw new Operator.WalkFailed(tenant + " stepped back by graph2doc " + stepBacks + " times on the way to "
                            + target + ", last: " + back.getMessage());
                }
                new ChaosClosing(chaos, this).repairIfCorrupted(tenant);
            } catch (Operator.WalkFailed refused) {
                if (phase(tenant).equals(at)) {
                    throw refused; // refused past its patience, not overtaken by a step-back of graph2doc
                }
            }
        }
    }

    /** The tenant's phase from the control API, asked again until an instance answers. */
    String phase(String tenant) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            var row = chaos.operator().phaseOf(tenant);
            if (row != null && !row.path("pending").asBoolean(false)) {
                String phase = row.path("phase").asText();
                chaos.board().set(tenant, phase);
                return phase;
            }
            Thread.sleep(500);
        }
        throw new Operator.WalkFailed("the phase of " + tenant + " could not be read for " + patience.toSeconds() + " s");
    }

    /** COPY, then the copy started (asked again while refused or unanswered) and followed until every collection ended. */
    private long[] copy(String tenant) throws Exception {
        goTo(tenant, "COPY");
        Instant deadline = Instant.now().plus(patience);
        ApiClient.Answer started = chaos.operator().post("/migration/copy", Map.of("tenants", List.of(tenant)));
        while (started.status() != 202 && (started.status() == 409 || started.status() >= 500 || started.status() == -1)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            started = chaos.operator().post("/migration/copy", Map.of("tenants", List.of(tenant)));
        }
        if (started.status() != 202) {
            throw new Operator.WalkFailed("starting the copy of " + tenant + " answered " + started.status() + ": " + started.body());
        }
        chaos.board().copyStarted(tenant);
        chaos.events().add(Events.Kind.INFO, tenant, "copy started");
        long[] copied = new MigrationStatus(chaos.operator()).awaitCopy(tenant, collections, patience);
        if (copied == null) {
            throw new Operator.WalkFailed("the copy of " + tenant + " did not complete within " + patience.toSeconds() + " s");
        }
        chaos.events().add(Events.Kind.INFO, tenant, "copy complete: " + copied[0] + " documents");
        return copied;
    }

    Duration patience() {
        return patience;
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long wait = Duration.between(Instant.now(), when).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
