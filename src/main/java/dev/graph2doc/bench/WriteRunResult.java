package dev.graph2doc.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measured run: the latency of every successful batch (sorted), the wall time of the whole run, and how
 * the batches ended ({@code outcomes}: the MongoDB side of each receipt, or {@code failed:<exception>}).
 */
public record WriteRunResult(String name, long[] sortedNanos, Duration elapsed, Map<String, Long> outcomes) {

    public WriteRunResult {
        sortedNanos = sortedNanos.clone();
        Arrays.sort(sortedNanos);
        outcomes = Map.copyOf(new TreeMap<>(outcomes));
    }

    /** The slices of one run taken in several rounds, as one run: every latency, the wall times added up. */
    public static WriteRunResult merged(List<WriteRunResult> slices) {
        long[] nanos = slices.stream().flatMapToLong(r -> Arrays.stream(r.sortedNanos)).toArray();
        Duration elapsed = slices.stream().map(WriteRunResult::elapsed).reduce(Duration.ZERO, Duration::plus);
        Map<String, Long> outcomes = new TreeMap<>();
        slices.forEach(r -> r.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum)));
        return new WriteRunResult(slices.get(0).name(), nanos, elapsed, outcomes);
    }

    public int batches() {
        return sortedNanos.length;
    }

    public long failures() {
        return outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("failed")).mapToLong(Map.Entry::getValue).sum();
    }

    public double p50Millis() {
        return percentileMillis(0.50);
    }

    public double p99Millis() {
        return percentileMillis(0.99);
    }

    /** Nearest rank: the smallest latency that at least {@code p} of the batches did not exceed. */
    public double percentileMillis(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    /** Successful batches per second of wall time. */
    public double batchesPerSecond() {
        return sortedNanos.length / (Math.max(elapsed.toNanos(), 1) / 1e9);
    }
}
