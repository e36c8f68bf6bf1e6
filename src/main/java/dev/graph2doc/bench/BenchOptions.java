package dev.graph2doc.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code bench copy} measures: {@code nodes} root nodes (bins), the naive copy on the first {@code sample}
 * of them, {@code chunkSize} roots per read and per write of the copy.
 */
public record BenchOptions(int nodes, int sample, int chunkSize) {

    public static final int MAX_CHUNK = 1000;

    /** @throws IllegalArgumentException naming every bad option and its value */
    public BenchOptions {
        List<String> problems = new ArrayList<>();
        if (nodes < 1) {
            problems.add("--nodes = " + nodes + " must be 1 or more");
        }
        if (sample < 1) {
            problems.add("--sample = " + sample + " must be 1 or more");
        }
        if (chunkSize < 1 || chunkSize > MAX_CHUNK) {
            problems.add("--chunk-size = " + chunkSize + " must be 1.." + MAX_CHUNK + " (MongoDB's write batch size)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
    }

    /** The naive copy never runs on more roots than there are. */
    public int effectiveSample() {
        return Math.min(sample, nodes);
    }
}
