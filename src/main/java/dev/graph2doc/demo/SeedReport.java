package dev.graph2doc.demo;

import java.time.Duration;
import java.util.List;

/** What a seed run did: the tenants it created, those it left alone because they existed, and how long it took. */
public record SeedReport(List<String> seeded, List<String> skipped, long nodesCreated, Duration elapsed) {

    public double nodesPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return nodesCreated / seconds;
    }

    public String summary() {
        return String.format("seeded %d tenant(s) %s, %d nodes in %.1f s (%.0f nodes/s)%s",
                seeded.size(), seeded, nodesCreated, elapsed.toMillis() / 1000.0, nodesPerSecond(),
                skipped.isEmpty() ? "" : "; left existing tenant(s) " + skipped + " as they were");
    }
}
