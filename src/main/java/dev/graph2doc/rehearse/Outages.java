package dev.graph2doc.rehearse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * When a store was down, for every instance (the server stopped) or for one (that instance partitioned from it), as the
 * chaos nemesis made it so. A failed request is excused — counted apart, not failing the rehearsal — only when the store
 * it needed was down for the instance that answered it at some moment between its send and its answer, or less than
 * {@link #GRACE} before: the drivers' pools and graph2doc's breaker take a few seconds to find a store back.
 */
final class Outages {

    static final Duration GRACE = Duration.ofSeconds(5);

    enum Store { NEO4J, MONGODB }

    /** {@code instance} null: every instance; {@code upNanos} {@link Long#MAX_VALUE} while still down. */
    private record Window(Store store, String instance, long downNanos, long upNanos) {
    }

    private final LongSupplier nanoClock;
    private final List<Window> windows = new ArrayList<>();

    Outages(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** The store is down from now on, for {@code instance} (its base URI) or, null, for every instance; the window's index. */
    synchronized int down(Store store, String instance) {
        windows.add(new Window(store, instance, nanoClock.getAsLong(), Long.MAX_VALUE));
        return windows.size() - 1;
    }

    /** The window {@code down} opened is over now. */
    synchronized void up(int window) {
        Window w = windows.get(window);
        windows.set(window, new Window(w.store(), w.instance(), w.downNanos(), nanoClock.getAsLong()));
    }

    /** Whether {@code store} was down for {@code instance} at some moment of [fromNanos, toNanos] (grace included). */
    synchronized boolean covers(Store store, String instance, long fromNanos, long toNanos) {
        long grace = GRACE.toNanos();
        return windows.stream().anyMatch(w -> w.store() == store
                && (w.instance() == null || w.instance().equals(instance))
                && fromNanos <= saturatedPlus(w.upNanos(), grace) && toNanos >= w.downNanos());
    }

    /** The store a request needs: a write its primary (Neo4j until UNFORKED), a read the store serving it. */
    static Store needed(String phase, boolean write) {
        if (write) {
            return "UNFORKED".equals(phase) ? Store.MONGODB : Store.NEO4J;
        }
        return switch (phase == null ? "" : phase) {
            case "SWAP_READS", "COMPARE", "UNFORKED" -> Store.MONGODB;
            default -> Store.NEO4J;
        };
    }

    private static long saturatedPlus(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }
}
