package dev.graph2doc.write;

import java.time.Duration;

/** Domain events of the write path; the Micrometer implementation lives in {@code metrics}. */
public interface WriteMetrics {

    WriteMetrics NONE = new WriteMetrics() {
    };

    /** {@code outcome}: ok, rejected, failed, backlog. */
    default void recordWrite(String tenant, String store, String outcome, Duration took) {
    }

    /** {@code outcome}: repaired, failed. */
    default void recordRepairs(String tenant, String outcome, int documents) {
    }
}
