package dev.graph2doc.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code bench reads} measures: a fleet of {@code devices} devices (and as many bins), {@code requests} timed
 * reads per run after {@code warmup} untimed ones, sent by {@code concurrency} readers at once; the comparator runs
 * {@code compareThreads} threads. Then SWAP_READS and COMPARE again with reads arriving at {@code load} times the
 * rate GRAPH_ONLY answered in its closed loop (0: not run).
 */
public record ReadBenchOptions(int devices, int requests, int warmup, int concurrency, int compareThreads,
                               double load) {

    /** @throws IllegalArgumentException naming every bad option and its value */
    public ReadBenchOptions {
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
        if (concurrency < 1 || concurrency > WriteBenchOptions.MAX_CONCURRENCY) {
            problems.add("--concurrency = " + concurrency + " must be 1.." + WriteBenchOptions.MAX_CONCURRENCY);
        }
        if (compareThreads < 1 || compareThreads > WriteBenchOptions.MAX_CONCURRENCY) {
            problems.add("--compare-threads = " + compareThreads + " must be 1.." + WriteBenchOptions.MAX_CONCURRENCY);
        }
        if (!(load >= 0 && load <= 1)) {
            problems.add("--load = " + load + " must be 0..1 (a share of what Neo4j answers in a closed loop)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
    }
}
