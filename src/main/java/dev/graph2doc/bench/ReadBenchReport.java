package dev.graph2doc.bench;

import dev.graph2doc.bench.ReadRuns.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The figures of one {@code bench reads} run and the ratios judged against their targets: COMPARE p99 over
 * SWAP_READS p99 (the comparison is off the request path) — with readers in a closed loop, and with reads arriving
 * at a fixed rate ({@code open}, null when not run) — and verification time over copy time. Missed targets are
 * reported, not failed: this is a measurement.
 */
public record ReadBenchReport(List<String> setup, Run neo4j, Run mongodb, Run compare, OpenLoad open,
                              double copySeconds, double verifySeconds, List<String> notes) {

    /** SWAP_READS and COMPARE with reads arriving at {@code perSecond}. */
    public record OpenLoad(double perSecond, Run mongodb, Run compare) {

        public double compareRatio() {
            return compare.result().p99Millis() / mongodb.result().p99Millis();
        }
    }

    public static final double COMPARE_TARGET = 1.15;
    public static final double VERIFY_TARGET = 1.0;

    public ReadBenchReport {
        setup = List.copyOf(setup);
        notes = List.copyOf(notes);
    }

    public double compareRatio() {
        return compare.result().p99Millis() / mongodb.result().p99Millis();
    }

    public double verifyRatio() {
        return verifySeconds / copySeconds;
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>(setup);
        out.add("");
        out.add(String.format(Locale.ROOT, "%-30s %8s %9s %9s %9s  %s", "run", "reads", "p50 ms", "p99 ms", "reads/s",
                "shadow comparisons"));
        for (Run r : runs()) {
            WriteRunResult x = r.result();
            out.add(String.format(Locale.ROOT, "%-30s %8d %9.2f %9.2f %9.0f  %s", x.name(), x.batches(), x.p50Millis(),
                    x.p99Millis(), x.batchesPerSecond(), shadow(r)));
        }
        out.add("");
        out.add(String.format(Locale.ROOT, "COMPARE p99 / SWAP_READS p99, closed loop = %.2f (target <= %.2f): %s",
                compareRatio(), COMPARE_TARGET, verdict(compareRatio() <= COMPARE_TARGET)));
        if (open != null) {
            out.add(String.format(Locale.ROOT, "COMPARE p99 / SWAP_READS p99, open loop at %.0f reads/s = %.2f (target <= "
                    + "%.2f): %s", open.perSecond(), open.compareRatio(), COMPARE_TARGET,
                    verdict(open.compareRatio() <= COMPARE_TARGET)));
        }
        out.add(String.format(Locale.ROOT, "comparator queue: at most %d of %d waiting; %d comparisons dropped",
                compare.shadow().maxQueued(), ReadRuns.QUEUE_CAPACITY, compare.shadow().dropped()));
        out.add(String.format(Locale.ROOT, "verification %.2f s / copy %.2f s = %.2f (target <= %.1f): %s", verifySeconds,
                copySeconds, verifyRatio(), VERIFY_TARGET, verdict(verifyRatio() <= VERIFY_TARGET)));
        out.addAll(notes);
        return out;
    }

    public String json() {
        String runs = runs().stream().map(r -> String.format(Locale.ROOT,
                "{\"name\":\"%s\",\"reads\":%d,\"p50Ms\":%.3f,\"p99Ms\":%.3f,\"dropped\":%d,\"maxQueued\":%d}",
                r.result().name(), r.result().batches(), r.result().p50Millis(), r.result().p99Millis(),
                r.shadow().dropped(), r.shadow().maxQueued())).collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        return String.format(Locale.ROOT, "{%n  \"runs\": %s,%n  \"compareRatio\": %.3f,%n  \"openLoopPerSecond\": %s,%n"
                + "  \"openLoopCompareRatio\": %s,%n  \"compareTarget\": %.2f,%n  \"copySeconds\": %.3f,%n"
                + "  \"verifySeconds\": %.3f,%n  \"verifyRatio\": %.3f,%n  \"verifyTarget\": %.1f%n}%n",
                runs, compareRatio(), open == null ? "null" : String.format(Locale.ROOT, "%.1f", open.perSecond()),
                open == null ? "null" : String.format(Locale.ROOT, "%.3f", open.compareRatio()), COMPARE_TARGET,
                copySeconds, verifySeconds, verifyRatio(), VERIFY_TARGET);
    }

    private List<Run> runs() {
        return open == null ? List.of(neo4j, mongodb, compare) : List.of(neo4j, mongodb, compare, open.mongodb(), open.compare());
    }

    private static String shadow(Run r) {
        String outcomes = r.shadow().outcomes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return outcomes.isEmpty() ? "none" : outcomes + (r.shadow().dropped() > 0 ? " dropped=" + r.shadow().dropped() : "");
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }
}
