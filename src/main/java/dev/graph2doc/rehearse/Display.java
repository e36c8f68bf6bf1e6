package dev.graph2doc.rehearse;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The live view. On a terminal: a block redrawn in place each second (phase per tenant, copy progress bar with rate
 * and ETA, requests and failures, backlog, matches and mismatches) with events scrolling above it. Elsewhere (CI, a pipe): the
 * events as plain lines and a status line every {@link #PLAIN_EVERY} samples.
 */
final class Display {

    static final int PLAIN_EVERY = 5;
    private static final int BAR = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final double durationSeconds;
    private final RequestStats stats;
    private final Scrapes scrapes;
    private int drawnLines;
    private int samples;
    private List<String> block = List.of();

    Display(PrintStream out, boolean terminal, double durationSeconds, RequestStats stats, Scrapes scrapes) {
        this.out = out;
        this.terminal = terminal;
        this.durationSeconds = durationSeconds;
        this.stats = stats;
        this.scrapes = scrapes;
    }

    synchronized void event(String line) {
        erase();
        out.println(line);
        draw();
    }

    synchronized void sample(Timeline.Point p) {
        block = lines(p);
        if (terminal) {
            erase();
            draw();
        } else if (++samples % PLAIN_EVERY == 0) {
            out.println(String.format("[%6.1fs] %s", p.second(), String.join(" | ", block.subList(1, block.size()))));
        }
    }

    /** Leaves the last block on screen and stops redrawing over it. */
    synchronized void finish() {
        drawnLines = 0;
    }

    private List<String> lines(Timeline.Point p) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("graph2doc rehearse — %.0f s (load for at least %.0f s)", p.second(), durationSeconds));
        StringBuilder phases = new StringBuilder("phases:");
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(p.phases()).entrySet()) {
            phases.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        lines.add(phases.toString());
        lines.add(copyLine(p.copy()));
        lines.add(requestsLine(p, stats.requests(), stats.failed()));
        lines.add(comparisonsLine(p.backlog(), scrapes.outcomes()));
        return lines;
    }

    /** A bar only once the totals are final; an ETA only when there is a rate and documents left. */
    static String copyLine(Timeline.CopyProgress c) {
        if (c.planning()) {
            return String.format("copy: planning (%d documents planned so far, %d copied)", c.total(), c.done());
        }
        if (c.total() == 0 && !c.running()) {
            return "copy: not started";
        }
        int filled = (int) Math.round(BAR * Math.min(1.0, c.total() == 0 ? 1.0 : (double) c.done() / c.total()));
        String bar = String.format("copy [%s%s] %d/%d documents", "#".repeat(filled), ".".repeat(BAR - filled), c.done(),
                c.total());
        if (!c.running()) {
            return bar + ", done";
        }
        // a full bar can still be running: say what the collections not yet ended wait on (CHECKING, PAUSED)
        String waiting = c.waiting().isEmpty() ? "" : ", not ended: " + String.join(", ", c.waiting().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList());
        return bar + String.format(", %.1f/s over the last 5 s", c.rate())
                + (c.etaSeconds() == null ? "" : ", ETA " + c.etaSeconds() + " s") + waiting;
    }

    static String requestsLine(Timeline.Point p, long requests, long failed) {
        return String.format("requests %d, failed %d; now %.0f/s (%d failed), write p99 %s, read p99 %s", requests, failed,
                p.requestsPerSecond(), p.failed(), ms(p.writeP99()), ms(p.readP99()));
    }

    /** Matches, mismatches by kind, and what could not be compared, each on its own: none is counted in another. */
    static String comparisonsLine(long backlog, Map<String, Long> outcomes) {
        Map<String, Long> mismatches = new java.util.TreeMap<>();
        Map<String, Long> notCompared = new java.util.TreeMap<>();
        outcomes.forEach((kind, n) -> {
            if (Scrapes.MISMATCH_KINDS.contains(kind)) {
                mismatches.put(kind, n);
            } else if (!kind.equals("match")) {
                notCompared.put(kind, n);
            }
        });
        long mismatched = mismatches.values().stream().mapToLong(Long::longValue).sum();
        return String.format("backlog %d, matches %d, mismatches %d%s", backlog, outcomes.getOrDefault("match", 0L),
                mismatched, mismatched == 0 ? "" : " (" + kinds(mismatches) + ")")
                + (notCompared.isEmpty() ? "" : ", not compared: " + kinds(notCompared));
    }

    private static String kinds(Map<String, Long> counts) {
        return String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.1f ms", value);
    }

    private void erase() {
        if (terminal && drawnLines > 0) {
            out.print("\033[" + drawnLines + "A\033[J");
            drawnLines = 0;
        }
    }

    private void draw() {
        if (terminal) {
            block.forEach(out::println);
            drawnLines = block.size();
        }
        out.flush();
    }
}
