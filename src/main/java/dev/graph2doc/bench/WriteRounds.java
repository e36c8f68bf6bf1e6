package dev.graph2doc.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The slices each run of {@code bench writes} took, round by round, and what they add up to. */
final class WriteRounds {

    final List<WriteRunResult> rawNeo4j = new ArrayList<>();
    final List<WriteRunResult> rawMongodb = new ArrayList<>();
    final List<WriteRunResult> graphOnly = new ArrayList<>();
    final List<WriteRunResult> fork = new ArrayList<>();
    final List<WriteRunResult> open = new ArrayList<>();
    final List<WriteRunResult> unforked = new ArrayList<>();
    final List<WriteBenchData.Drained> afterFork = new ArrayList<>();
    final List<WriteBenchData.Drained> afterOpen = new ArrayList<>();

    /** Every run's slices merged into one run each; the ratios are judged on these. */
    WriteBenchReport report(List<String> setup, List<String> notes) {
        return new WriteBenchReport(setup, WriteRunResult.merged(rawNeo4j), WriteRunResult.merged(rawMongodb),
                WriteRunResult.merged(graphOnly), WriteRunResult.merged(fork), WriteRunResult.merged(open),
                WriteRunResult.merged(unforked), notes);
    }

    /** One progress line: the round's p50s and its two ratios. */
    String summary(int round, int rounds) {
        return String.format(Locale.ROOT, "  round %d/%d p50 ms: raw neo4j %.2f, raw mongodb %.2f, GRAPH_ONLY %.2f, "
                + "FORK_WRITES %.2f, breaker open %.2f, UNFORKED %.2f; ratios %.2f and %.2f", round + 1, rounds,
                rawNeo4j.get(round).p50Millis(), rawMongodb.get(round).p50Millis(), graphOnly.get(round).p50Millis(),
                fork.get(round).p50Millis(), open.get(round).p50Millis(), unforked.get(round).p50Millis(),
                forkRatio(round), breakerRatio(round));
    }

    /** Each round's own ratios: how much the headline ratios move with the machine's spells. */
    String perRoundRatios() {
        return "the ratios round by round: FORK_WRITES " + spread(this::forkRatio) + "; breaker open "
                + spread(this::breakerRatio);
    }

    /** The drains after one kind of run, added up. */
    WriteBenchData.Drained drained(List<WriteBenchData.Drained> drains) {
        return new WriteBenchData.Drained(drains.stream().mapToLong(WriteBenchData.Drained::backlog).sum(),
                drains.stream().mapToLong(WriteBenchData.Drained::repaired).sum(),
                drains.get(drains.size() - 1).left(),
                drains.stream().map(WriteBenchData.Drained::took).reduce(Duration.ZERO, Duration::plus));
    }

    private double forkRatio(int round) {
        return fork.get(round).p50Millis() / (rawNeo4j.get(round).p50Millis() + rawMongodb.get(round).p50Millis());
    }

    private double breakerRatio(int round) {
        return open.get(round).p50Millis() / graphOnly.get(round).p50Millis();
    }

    private String spread(IntFunction<Double> ratio) {
        List<Double> ratios = IntStream.range(0, fork.size()).mapToObj(ratio).toList();
        List<Double> sorted = ratios.stream().sorted().toList();
        return ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).collect(Collectors.joining(" "))
                + String.format(Locale.ROOT, " (median %.2f)", sorted.get(sorted.size() / 2));
    }
}
