package dev.graph2doc.read.shadow;

import java.time.Instant;
import java.util.List;

/**
 * One recorded difference, for operators: where, what kind, which paths, and both sides' documents as JSON,
 * truncated to {@code graph2doc.read.compare.sample-value-chars} (null: that side had no document).
 */
public record MismatchSample(Instant at, String tenant, String collection, String key, String outcome,
                             List<String> paths, String controlStore, String candidateStore, String control,
                             String candidate) {

    public MismatchSample {
        paths = List.copyOf(paths);
    }
}
