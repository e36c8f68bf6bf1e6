package dev.graph2doc.copy;

import java.time.Duration;
import java.util.List;

/**
 * Where one tenant's collection copy stands. {@code total} is the root count when planned (roots created since then
 * raise {@code done} above it). {@code rate} is documents per second: over the last few seconds on this instance while
 * the copy runs ({@link RateBasis#RECENT}), over the whole run once every partition is done ({@link RateBasis#RUN}).
 * {@code eta} is null when unknown. {@code findings} counts the roots the copy could not put into MongoDB
 * ({@code examples} shows some); {@code missing} names roots the completeness check found absent.
 */
public record CopyStatus(String tenant, String collection, State state, long done, long total, double rate,
                         RateBasis rateBasis, Duration eta, int partitions, int partitionsDone, long findings,
                         List<CopyFinding> examples, long missingCount, List<Object> missing) {

    public CopyStatus {
        examples = List.copyOf(examples);
        missing = List.copyOf(missing);
    }

    /**
     * {@code CHECKING}: every partition is done and the completeness check has not finished; {@code INCOMPLETE}: it
     * found roots missing; {@code COMPLETE_WITH_FINDINGS}: everything else is in MongoDB, some roots are findings.
     */
    public enum State { RUNNING, PAUSED, CHECKING, INCOMPLETE, COMPLETE_WITH_FINDINGS, COMPLETE }

    public enum RateBasis { RECENT, RUN }
}
