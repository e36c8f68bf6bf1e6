package dev.graph2doc.rehearse;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The live view. On a terminal: a block redrawn in place each second (phase per tenant, copy progress bar with rate
 * and ETA, request rate, errors, backlog, mismatches) with events scrolling above it. Elsewhere (CI, a pipe): the
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
        Timeline.CopyProgress c = p.copy();
        if (c.total() > 0) {
            int filled = (int) Math.round(BAR * Math.min(1.0, (double) c.done() / c.total()));
            lines.add(c.running() ? String.format("copy [%s%s] %d/%d documents, %.1f/s over the last 5 s, ETA %d s",
                    "#".repeat(filled), ".".repeat(BAR - filled), c.done(), c.total(), c.rate(), c.etaSeconds())
                    : String.format("copy [%s%s] %d/%d documents, done", "#".repeat(filled), ".".repeat(BAR - filled),
                    c.done(), c.total()));
        } else {
            lines.add("copy: not started");
        }
        lines.add(String.format("requests %.0f/s, failed %d (total %d of %d), write p99 %s, read p99 %s", p.requestsPerSecond(),
                p.failed(), stats.failed(), stats.requests(), ms(p.writeP99()), ms(p.readP99())));
        lines.add(String.format("backlog %d, comparisons %d, mismatches %d (%s)", p.backlog(), scrapes.comparisons(),
                scrapes.mismatches(), scrapes.outcomes()));
        return lines;
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
