package dev.graph2doc.rehearse;

import java.time.Duration;
import java.time.Instant;

/** Before the walk: load on a service that has been serving, as an operator would migrate one. */
final class WarmUp {

    static final Duration WARM_UP = Duration.ofSeconds(10);
    static final Duration MAX_WARM_UP = Duration.ofSeconds(60);
    static final double SETTLED_WRITE_P99_MS = 1000;

    private final RequestStats stats;
    private final Events events;

    WarmUp(RequestStats stats, Events events) {
        this.stats = stats;
        this.events = events;
    }

    /**
     * The walk starts on a service that has been serving — at least 10 s, and until a second's writes all answer within
     * a second (at most a minute): the first requests of fresh instances take seconds (cold JVMs), and a write sent
     * under GRAPH_ONLY that commits after its key range was copied is not captured (seen
     * here: readings missing from MongoDB after such a start — reported as a finding, not hidden by this wait).
     */
    void await(Ledger ledger, Timeline timeline) throws InterruptedException {
        Instant start = Instant.now();
        Instant latest = start.plus(MAX_WARM_UP);
        while (Instant.now().isBefore(latest)
                && (Instant.now().isBefore(start.plus(WARM_UP)) || ledger.acknowledgedWrites() == 0 || !settled(timeline))) {
            Thread.sleep(200);
        }
        Timeline.Point last = timeline.last();
        events.add(Events.Kind.INFO, null, "warmed up: " + stats.requests() + " requests served before the walk starts"
                + (last == null ? "" : String.format(", write p99 of the last second %.0f ms", last.writeP99())));
    }

    /** The last second's writes all answered within {@link #SETTLED_WRITE_P99_MS}. */
    private static boolean settled(Timeline timeline) {
        Timeline.Point last = timeline.last();
        return last != null && !Double.isNaN(last.writeP99()) && last.writeP99() < SETTLED_WRITE_P99_MS;
    }
}
