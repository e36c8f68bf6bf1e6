package dev.graph2doc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one {@code bench copy} run and the two ratios judged against their targets. A missed target
 * is reported, not failed: this is a measurement.
 */
public record BenchReport(List<String> setup, PhaseResult read, PhaseResult write, PhaseResult upsert,
                          PhaseResult copy, PhaseResult naive,
                          long maxHeapBytes) {

    public static final double PIPELINE_TARGET = 1.25;
    public static final double NAIVE_TARGET = 20.0;

    public BenchReport {
        setup = List.copyOf(setup);
    }

    public List<PhaseResult> phases() {
        return List.of(read, write, upsert, copy, naive);
    }

    /** {@code copy_time / max(read_time, write_time)}: 1.0 is the physical limit of a pipelined copy. */
    public double pipelineRatio() {
        return copy.seconds() / Math.max(read.seconds(), write.seconds());
    }

    public boolean pipelineMet() {
        return pipelineRatio() <= PIPELINE_TARGET;
    }

    /** How many times less time per document the copy takes than one query and one write per root. */
    public double naiveSpeedup() {
        return naive.secondsPerDocument() / copy.secondsPerDocument();
    }

    public boolean naiveMet() {
        return naiveSpeedup() >= NAIVE_TARGET;
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>(setup);
        out.add("");
        out.add(String.format(Locale.ROOT, "%-22s %10s %9s %10s %13s", "phase", "documents", "seconds", "docs/s",
                "peak heap MB"));
        for (PhaseResult p : phases()) {
            out.add(String.format(Locale.ROOT, "%-22s %10d %9.2f %10.0f %13d", p.name(), p.documents(), p.seconds(),
                    p.documentsPerSecond(), megabytes(p.peakHeapBytes())));
        }
        out.add("");
        out.add(String.format(Locale.ROOT, "copy_time / max(read_time, write_time) = %.2f   target <= %.2f   %s",
                pipelineRatio(), PIPELINE_TARGET, verdict(pipelineMet())));
        out.add(String.format(Locale.ROOT, "  (read + write = %.2f s: a copy with no overlap at all; guarded upserts alone "
                + "= %.2f s)", read.seconds() + write.seconds(), upsert.seconds()));
        out.add(String.format(Locale.ROOT, "naive / copy time per document        = %.1fx   target >= %.0fx   %s",
                naiveSpeedup(), NAIVE_TARGET, verdict(naiveMet())));
        out.add(String.format(Locale.ROOT, "max heap (-Xmx) %d MB; peak = largest used heap sampled every 5 ms, garbage"
                + " not yet collected included, and the stores too when they are embedded in this JVM (no NEO4J_URI/MONGODB_URI)", megabytes(maxHeapBytes)));
        return out;
    }

    private static String verdict(boolean met) {
        return met ? "PASS" : "MISS";
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
