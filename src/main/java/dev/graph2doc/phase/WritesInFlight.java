package dev.graph2doc.phase;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The writes this instance is executing, by the tenant phase each started under. The heartbeat reports the
 * oldest of them as the phase this instance applies, so a transition is done only once no write anywhere still
 * runs under the phase before it.
 */
public final class WritesInFlight {

    private final Map<TenantPhase, AtomicInteger> running = new ConcurrentHashMap<>();
    private volatile Consumer<TenantPhase> drained = phase -> { };

    /** Told when the last write running under a phase ends (the heartbeat may then report a newer one). */
    public void onDrained(Consumer<TenantPhase> listener) {
        this.drained = listener;
    }

    /** Counts a write under {@code phase} until the returned ticket is closed. */
    public Ticket enter(TenantPhase phase) {
        running.compute(phase, (p, n) -> {
            AtomicInteger count = n == null ? new AtomicInteger() : n;
            count.incrementAndGet();
            return count;
        });
        return () -> {
            if (running.computeIfPresent(phase, (p, n) -> n.decrementAndGet() == 0 ? null : n) == null) {
                drained.accept(phase);
            }
        };
    }

    /** Per tenant, the lowest-version phase a running write started under. */
    public Map<String, TenantPhase> oldest() {
        Map<String, TenantPhase> out = new HashMap<>();
        for (TenantPhase p : running.keySet()) {
            out.merge(p.tenant(), p, (a, b) -> a.version() <= b.version() ? a : b);
        }
        return out;
    }

    /** Closing it ends the write's count; never throws. */
    public interface Ticket extends AutoCloseable {
        @Override
        void close();
    }
}
