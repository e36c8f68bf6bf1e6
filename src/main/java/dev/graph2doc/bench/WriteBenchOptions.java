package dev.graph2doc.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code bench writes} measures: a fleet of {@code devices} devices (and as many bins), {@code requests}
 * timed mutation batches per run after {@code warmup} untimed ones, sent by {@code concurrency} writers at once,
 * each run cut into {@code rounds} interleaved slices.
 */
public record WriteBenchOptions(int devices, int requests, int warmup, int concurrency, int rounds) {

    public static final int MAX_CONCURRENCY = 64;

    /** @throws IllegalArgumentException naming every bad option and its value */
    public WriteBenchOptions {
        List<String> problems = new ArrayList<>();
        if (devices < 1) {
            problems.add("--devices = " + devices + " must be 1 or more");
        }
        if (requests < 1) {
            problems.add("--requests = " + requests + " must be 1 or more");
        }
        if (warmup < 0) {
            problems.add("--warmup = " + warmup + " must be 0 or more");
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            problems.add("--concurrency = " + concurrency + " must be 1.." + MAX_CONCURRENCY);
        }
        if (rounds < 1 || requests >= 1 && rounds > requests) {
            problems.add("--rounds = " + rounds + " must be 1.." + Math.max(requests, 1) + " (at most --requests)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
    }

    /** Timed batches in round {@code round} (0-based): the requests shared out, the first rounds taking the rest. */
    public int requestsIn(int round) {
        return requests / rounds + (round < requests % rounds ? 1 : 0);
    }

    /** Untimed batches before each slice of a run. */
    public int warmupPerSlice() {
        return (warmup + rounds - 1) / rounds;
    }
}
