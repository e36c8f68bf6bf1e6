package dev.graph2doc.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code bench reads} measures: a fleet of {@code devices} devices (and as many bins), {@code requests} timed
 * reads per run after {@code warmup} untimed ones, sent by {@code concurrency} readers at once; the comparator runs
 * {@code compareThreads} threads.
 */
public record ReadBenchOptions(int devices, int requests, int warmup, int concurrency, int compareThreads) {

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
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
    }
}
