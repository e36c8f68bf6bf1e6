package dev.graph2doc.rehearse;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The chaos walk says when it starts a transition, so that a kill can land while one is under way. */
final class TransitionSignal {

    private long started;
    private String last;

    /** The walk is about to request this move. */
    synchronized void starting(String tenant, String from, String to) {
        started++;
        last = tenant + " " + from + " -> " + to;
        notifyAll();
    }

    /** The next transition started after this call ("acme COMPARE -> UNFORKED"), or empty if none by {@code until}. */
    synchronized Optional<String> awaitNext(Instant until) throws InterruptedException {
        long seen = started;
        while (started == seen) {
            long wait = Duration.between(Instant.now(), until).toMillis();
            if (wait <= 0) {
                return Optional.empty();
            }
            wait(wait);
        }
        return Optional.of(last);
    }
}
