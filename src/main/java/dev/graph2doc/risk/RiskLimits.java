package dev.graph2doc.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The thresholds of the risk report ({@code graph2doc.risk.*}). A value at or above a limit is
 * {@code danger}; at or above half of it, {@code warn}. {@code renderCap} and {@code sampleRoots} bound the
 * work of measuring documents: the {@code sampleRoots} largest roots per collection and tenant are rendered
 * and measured, unless one of their arrays holds more than {@code renderCap} items — then its size is
 * estimated from the average item size instead of rendering millions of neighbours. {@code maxFanOut} is the
 * write amplification of an embed (documents one change of an embedded node rewrites) from which it is a
 * {@code warn}; it is never a danger.
 */
public record RiskLimits(long maxDocumentBytes, long maxArrayItems, long maxWiredTigerFiles, long renderCap,
                         int sampleRoots, long maxFanOut) {

    /** MongoDB's BSON document limit. */
    public static final long SIXTEEN_MIB = 16L * 1024 * 1024;
    public static final long DEFAULT_MAX_FAN_OUT = 1_000;
    public static final RiskLimits DEFAULT = new RiskLimits(SIXTEEN_MIB, 10_000, 100_000, 100_000, 5, DEFAULT_MAX_FAN_OUT);

    /** @throws IllegalArgumentException naming every bad value at once */
    public RiskLimits {
        List<String> problems = new ArrayList<>();
        positive(problems, "max-document-bytes", maxDocumentBytes);
        positive(problems, "max-array-items", maxArrayItems);
        positive(problems, "max-wiredtiger-files", maxWiredTigerFiles);
        positive(problems, "render-cap", renderCap);
        positive(problems, "sample-roots", sampleRoots);
        positive(problems, "max-fan-out", maxFanOut);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
    }

    /** With the default {@code max-fan-out}. */
    public RiskLimits(long maxDocumentBytes, long maxArrayItems, long maxWiredTigerFiles, long renderCap, int sampleRoots) {
        this(maxDocumentBytes, maxArrayItems, maxWiredTigerFiles, renderCap, sampleRoots, DEFAULT_MAX_FAN_OUT);
    }

    private static void positive(List<String> problems, String key, long value) {
        if (value < 1) {
            problems.add("graph2doc.risk." + key + " = " + value + " must be 1 or more");
        }
    }

    static long warnAt(long limit) {
        return (limit + 1) / 2;
    }
}
