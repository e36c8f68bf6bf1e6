package dev.graph2doc.copy;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code graph2doc.copy.*}: how the bulk copy splits, leases and paces its work. */
@ConfigurationProperties("graph2doc.copy")
public record CopyProperties(@Bindable(defaultValue = "1000") int chunkSize,
                             @Bindable(defaultValue = "50000") int partitionSize,
                             @Bindable(defaultValue = "30s") Duration lease,
                             @Bindable(defaultValue = "1s") Duration pollInterval,
                             @Bindable(defaultValue = "2") int workers) implements CheckedProperties {

    @Override
    public List<String> problems() {
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
        if (workers < 1) {
            problems.add("graph2doc.copy.workers = " + workers + " must be 1 or more");
        }
        return problems;
    }

    CopySettings settings() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
        return new CopySettings(chunkSize, partitionSize, lease, pollInterval);
    }
}
