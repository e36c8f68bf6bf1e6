package dev.graph2doc.rehearse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a chaos fault is written down: it lasted from its injection to its end (restored, restarted); the counts in
 * "what graph2doc did" run on until the backlog drained, and overlapping faults share them. After it ends, the
 * rehearsal watches {@link #AFTERWARDS} more and waits (at most
 * {@link #DRAIN_PATIENCE}) for the repair backlog to drain back to its level when the fault began (at least
 * {@link #STEADY_BACKLOG} documents: forked writes under load are never all confirmed at one instant); the fault was
 * survived unaided when no request failed
 * but while its store was down, the backlog drained by itself and, where the fault cut an instance from its control
 * store past its fence time, that instance fenced itself (FENCED on /health, or requests refused with 503 "fenced").
 */
final class ChaosRecords {

    static final Duration AFTERWARDS = Duration.ofSeconds(3);
    static final Duration DRAIN_PATIENCE = Duration.ofSeconds(30);
    /** Steady forked writes keep a few documents in the backlog at any moment: drained is back to where it was. */
    static final long STEADY_BACKLOG = 5;

    private ChaosRecords() {
    }

    static FaultRecord notInjected(ChaosContext chaos, ChaosFault fault, String why) {
        return FaultRecord.notInjected(label(fault), target(chaos, fault), chaos.phases(), chaos.elapsed(), why);
    }

    /** {@code mustFence}: the fault cut the instance from its control store past its fence time. */
    static FaultRecord injected(ChaosContext chaos, ChaosFault fault, String phases, double at, String injected,
                                FaultWatch watch, boolean mustFence) throws InterruptedException {
        double drained = awaitDrained(chaos, Math.max(STEADY_BACKLOG, watch.backlogAtStart()));
        List<String> unmet = new ArrayList<>();
        if (watch.failedUnexcused() > 0) {
            unmet.add(watch.failedUnexcused() + " request(s) failed while the store they needed was up");
        }
        if (drained < 0) {
            unmet.add("the backlog did not drain back to its level before the fault within " + DRAIN_PATIENCE.toSeconds() + " s");
        }
        if (mustFence && !watch.sawFenced()) {
            unmet.add("cut from its control store past its " + Instances.FENCE_AFTER.toMillis()
                    + " ms fence, the instance neither reported FENCED on /health nor refused a request fenced");
        }
        String observed = watch.observed() + (drained < 0 ? ", NOT drained " + DRAIN_PATIENCE.toSeconds() + " s after"
                : String.format(", drained %.1f s after the fault", drained));
        return FaultRecord.injected(label(fault), watch.target(), phases, at, watch.lasted(), injected,
                observed, unmet.isEmpty(), String.join("; ", unmet));
    }

    /** Seconds until the backlog is at most {@code level}, or -1 when it is still above after {@link #DRAIN_PATIENCE}. */
    private static double awaitDrained(ChaosContext chaos, long level) throws InterruptedException {
        Instant from = Instant.now();
        Instant deadline = from.plus(DRAIN_PATIENCE);
        while (chaos.scrapes().backlogTotal() > level) {
            if (Instant.now().isAfter(deadline)) {
                return -1;
            }
            Thread.sleep(500);
        }
        return Duration.between(from, Instant.now()).toMillis() / 1000.0;
    }

    /** "#7 instance partitioned from MongoDB": the kind, numbered as in the schedule. */
    static String label(ChaosFault fault) {
        return "#" + fault.number() + " " + fault.kind().label();
    }

    /** The instance the seed drew for a fault ("instance b"), or "all instances" for a store's. */
    private static String target(ChaosContext chaos, ChaosFault fault) {
        return fault.instance() >= 0 ? "instance " + chaos.instanceNames().get(fault.instance()) : "all instances";
    }
}
