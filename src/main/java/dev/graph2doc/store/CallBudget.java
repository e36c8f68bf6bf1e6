package dev.graph2doc.store;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A time budget for the store calls this thread makes inside {@link #within}: an adapter that honours it gives each
 * call only what is left (the MongoDB adapter through the driver's client-side operation timeout), so the calls end
 * by the deadline together and the caller's thread is never held past it. Measured reason to run calls on the
 * caller's thread under a budget rather than on a pool under a time limit: handing each forked write's MongoDB half
 * to a pool thread and waiting for it cost 0.45–0.6 ms per write on the 2-core development machine.
 */
public final class CallBudget {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private CallBudget() {
    }

    /** Runs {@code work} with at most {@code budget} for its store calls (nested budgets keep the earlier deadline). */
    public static <T> T within(Duration budget, Supplier<T> work) {
        Long outer = DEADLINE.get();
        long deadline = System.nanoTime() + budget.toNanos();
        DEADLINE.set(outer == null ? deadline : Math.min(outer, deadline));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
        }
    }

    /** What is left of the budget (zero or negative when spent); empty outside {@link #within}. */
    public static Optional<Duration> remaining() {
        Long deadline = DEADLINE.get();
        return deadline == null ? Optional.empty() : Optional.of(Duration.ofNanos(deadline - System.nanoTime()));
    }
}
