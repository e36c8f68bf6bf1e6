package dev.graph2doc.write;

import java.time.Duration;

/**
 * The repair worker's pace: how often it looks, how long an entry is left to the request that recorded it
 * ({@code grace}: the request path usually confirms within milliseconds), and how many it takes per round.
 */
public record RepairSettings(Duration pollInterval, Duration grace, int batchSize) {

    public RepairSettings {
        if (pollInterval.isNegative() || pollInterval.isZero() || grace.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("graph2doc.repair: poll-interval must be positive, grace not negative and "
                    + "batch-size 1 or more; got " + pollInterval + ", " + grace + ", " + batchSize);
        }
    }
}
