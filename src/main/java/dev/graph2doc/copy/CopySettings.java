package dev.graph2doc.copy;

import java.time.Duration;

/**
 * @param chunkSize     roots per read and per bulk write (MongoDB takes up to 1000 writes per batch)
 * @param partitionSize roots per key-range partition, the unit instances claim
 * @param lease         how long a claim holds without a checkpoint before another instance may take over
 * @param pollInterval  how often an idle worker looks for claimable work
 */
public record CopySettings(int chunkSize, int partitionSize, Duration lease, Duration pollInterval) {

    public static final CopySettings DEFAULT = new CopySettings(1000, 50_000, Duration.ofSeconds(30), Duration.ofSeconds(1));
}
