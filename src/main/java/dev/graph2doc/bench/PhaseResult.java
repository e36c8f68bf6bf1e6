package dev.graph2doc.bench;

import java.time.Duration;

/** One measured phase: how many documents it handled, the time measured, and the largest heap seen meanwhile. */
public record PhaseResult(String name, long documents, Duration elapsed, long peakHeapBytes) {

    public double seconds() {
        return Math.max(elapsed.toNanos(), 1) / 1e9;
    }

    public double documentsPerSecond() {
        return documents / seconds();
    }

    public double secondsPerDocument() {
        return documents == 0 ? Double.NaN : seconds() / documents;
    }
}
