package dev.graph2doc.phase;

import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's lease on the phases, on its own monotonic clock: renewed by each round that refreshed the phases
 * and then beat to the control store, from the moment that round started. Past {@code fenceAfter} without a renewal
 * the instance is fenced until the next one. Once armed (the heartbeat started: the instance takes part in the phase
 * protocol) and before the first renewal it is fenced too: it has never known the phases. Never armed (a benchmark
 * or tool driving the core in-process, with no heartbeat), it never fences.
 */
public final class Lease implements Fence {

    private static final Logger LOG = LoggerFactory.getLogger(Lease.class);

    private final FenceSettings settings;
    private final LongSupplier nanos;
    private boolean armed;
    private boolean held;
    private long renewedAt;
    private long fencedNanos;
    private boolean reportedFenced;
    private String lastFailure = "none yet";

    public Lease(FenceSettings settings, LongSupplier nanos) {
        this.settings = settings;
        this.nanos = nanos;
    }

    /** From now on this instance acts on phases only while it holds the lease. */
    public synchronized void arm() {
        armed = true;
    }

    /** Now, on the lease's clock: take it when a round starts. */
    public long now() {
        return nanos.getAsLong();
    }

    /** A round that started at {@code startedNanos} refreshed the phases and beat. */
    public synchronized void renewed(long startedNanos) {
        if (held && startedNanos <= renewedAt) {
            return;
        }
        long now = nanos.getAsLong();
        if (held && now > expiry()) {
            fencedNanos += now - expiry();
        }
        if (reportedFenced) {
            LOG.info("lease regained: phases refreshed and heartbeat stored; acting on phases again");
            reportedFenced = false;
        }
        held = true;
        renewedAt = startedNanos;
    }

    /** A round that failed: kept to say why, should it fence this instance. */
    public synchronized void failed(String cause) {
        lastFailure = cause;
    }

    @Override
    public synchronized Optional<String> fenced() {
        long now = nanos.getAsLong();
        if (!armed || held && now <= expiry()) {
            return Optional.empty();
        }
        String why = held
                ? String.format("no phase refresh and heartbeat reached the control store for %.1f s (it fences itself "
                        + "after %s; the others drop it after %s); last failure: %s", (now - renewedAt) / 1e9,
                        human(settings.fenceAfter()), human(settings.instanceTimeout()), lastFailure)
                : "it has not yet read the phases and stored a heartbeat; last failure: " + lastFailure;
        if (!reportedFenced) {
            LOG.warn("fenced: {}", why);
            reportedFenced = true;
        }
        return Optional.of(why);
    }

    /** Seconds spent fenced since the lease was first held (start-up not counted). */
    public synchronized double fencedSeconds() {
        long now = nanos.getAsLong();
        long open = held && now > expiry() ? now - expiry() : 0;
        return (fencedNanos + open) / 1e9;
    }

    private long expiry() {
        return renewedAt + settings.fenceAfter().toNanos();
    }

    private static String human(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
