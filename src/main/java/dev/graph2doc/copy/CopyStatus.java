package dev.graph2doc.copy;

import java.time.Duration;

/**
 * Where one tenant's collection copy stands. {@code total} is the root count when planned (roots created
 * since then raise {@code done} above it); {@code rate} is documents per second over the last half
 * minute on this instance; {@code eta} is null when unknown.
 */
public record CopyStatus(String tenant, String collection, State state, long done, long total, double rate,
                         Duration eta, int partitions, int partitionsDone) {

    public enum State { RUNNING, PAUSED, COMPLETE }
}
