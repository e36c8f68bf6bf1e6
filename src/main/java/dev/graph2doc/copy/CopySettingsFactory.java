package dev.graph2doc.copy;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

@Factory
class CopySettingsFactory {

    /** Checked at start-up, every bad value named at once. */
    @Singleton
    CopySettings copySettings(@Value("${graph2doc.copy.chunk-size:1000}") int chunkSize,
                              @Value("${graph2doc.copy.partition-size:50000}") int partitionSize,
                              @Value("${graph2doc.copy.lease:30s}") Duration lease,
                              @Value("${graph2doc.copy.poll-interval:1s}") Duration pollInterval) {
        List<String> problems = new ArrayList<>();
        if (chunkSize < 1 || chunkSize > 1000) {
            problems.add("graph2doc.copy.chunk-size = " + chunkSize + " must be 1..1000 (MongoDB's write batch size)");
        }
        if (partitionSize < chunkSize) {
            problems.add("graph2doc.copy.partition-size = " + partitionSize + " must be at least the chunk size " + chunkSize);
        }
        if (lease.compareTo(Duration.ofSeconds(2)) < 0) {
            problems.add("graph2doc.copy.lease = " + lease + " must be at least 2s");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
        return new CopySettings(chunkSize, partitionSize, lease, pollInterval);
    }
}
