package dev.graph2doc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The figures of one {@code bench writes} run and the two ratios judged against their targets. A missed target
 * is reported, not failed: this is a measurement.
 */
public record WriteBenchReport(List<String> setup, WriteRunResult rawNeo4j, WriteRunResult rawMongodb,
                               WriteRunResult graphOnly, WriteRunResult forkWrites, WriteRunResult breakerOpen,
                               WriteRunResult unforked, List<String> notes) {

    public static final double FORK_TARGET = 1.2;
    public static final double BREAKER_TARGET = 1.1;

    public WriteBenchReport {
        setup = List.copyOf(setup);
        notes = List.copyOf(notes);
    }

    public List<WriteRunResult> runs() {
        return List.of(rawNeo4j, rawMongodb, graphOnly, forkWrites, breakerOpen, unforked);
    }

    /** FORK_WRITES p50 / (raw Neo4j p50 + raw MongoDB p50): 1.0 is writing both stores one after the other. */
    public double forkRatio() {
        return forkWrites.p50Millis() / (rawNeo4j.p50Millis() + rawMongodb.p50Millis());
    }

    public boolean forkMet() {
        return forkRatio() <= FORK_TARGET;
    }

    /** FORK_WRITES with the MongoDB breaker open, p50 / GRAPH_ONLY p50: what an outage adds to a request. */
    public double breakerRatio() {
        return breakerOpen.p50Millis() / graphOnly.p50Millis();
    }

    public boolean breakerMet() {
        return breakerRatio() <= BREAKER_TARGET;
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>(setup);
        out.add("");
        out.add(String.format(Locale.ROOT, "%-26s %8s %9s %9s %10s  %s", "run", "batches", "p50 ms", "p99 ms",
                "batches/s", "outcomes"));
        for (WriteRunResult r : runs()) {
            out.add(String.format(Locale.ROOT, "%-26s %8d %9.2f %9.2f %10.0f  %s", r.name(), r.batches(), r.p50Millis(),
                    r.p99Millis(), r.batchesPerSecond(), outcomes(r)));
        }
        out.add("");
        out.add(String.format(Locale.ROOT, "FORK_WRITES p50 / (raw Neo4j + raw MongoDB) = %.2f (target <= %.1f): %s",
                forkRatio(), FORK_TARGET, verdict(forkMet())));
        out.add(String.format(Locale.ROOT, "breaker open p50 / GRAPH_ONLY p50 = %.2f (target <= %.1f): %s",
                breakerRatio(), BREAKER_TARGET, verdict(breakerMet())));
        out.addAll(notes);
        return out;
    }

    /** The same figures as JSON, for a file ({@code --json}). */
    public String json() {
        String runs = runs().stream().map(r -> String.format(Locale.ROOT,
                "{\"name\":\"%s\",\"batches\":%d,\"failures\":%d,\"p50Ms\":%.3f,\"p99Ms\":%.3f,\"batchesPerSecond\":%.1f}",
                r.name(), r.batches(), r.failures(), r.p50Millis(), r.p99Millis(), r.batchesPerSecond()))
                .collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        return String.format(Locale.ROOT, "{%n  \"runs\": %s,%n  \"forkRatio\": %.3f,%n  \"forkTarget\": %.1f,%n"
                + "  \"forkMet\": %b,%n  \"breakerRatio\": %.3f,%n  \"breakerTarget\": %.1f,%n  \"breakerMet\": %b%n}%n",
                runs, forkRatio(), FORK_TARGET, forkMet(), breakerRatio(), BREAKER_TARGET, breakerMet());
    }

    private static String outcomes(WriteRunResult r) {
        return r.outcomes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }
}
