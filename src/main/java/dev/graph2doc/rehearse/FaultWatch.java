package dev.graph2doc.rehearse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What graph2doc did while one chaos fault lasted: the target instance's {@code /health} status read every
 * {@link #EVERY} (did it report FENCED, and how long after the fault began) and how many requests it refused fenced,
 * the repair backlog's peak (the largest any
 * instance reported), and the requests that failed, failed while their store was down, or were refused fenced.
 */
final class FaultWatch implements AutoCloseable {

    static final Duration EVERY = Duration.ofMillis(200);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ChaosContext chaos;
    private final ChildService target;
    private final long startNanos = System.nanoTime();
    private final long failedBefore;
    private final long excusedBefore;
    private final long fencedBefore;
    private final long targetFencedBefore;
    private final long backlogAtStart;
    private final Set<String> statuses = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    private final Thread thread;
    private volatile boolean watching = true;
    private volatile long backlogPeak;
    private volatile double fencedAfter = -1;
    private volatile double lasted = -1;

    /** Starts watching; {@code target} null: a fault of a store, no instance's health to read. */
    FaultWatch(ChaosContext chaos, ChildService target) {
        this.chaos = chaos;
        this.target = target;
        this.failedBefore = chaos.stats().failed();
        this.excusedBefore = chaos.stats().failedWhilePrimaryDown();
        this.fencedBefore = chaos.data().fencedRefusals();
        this.backlogAtStart = chaos.scrapes().backlogTotal();
        this.targetFencedBefore = target == null ? 0 : chaos.data().fencedRefusalsOf(target.uri());
        this.thread = Thread.ofVirtual().name("chaos-watch").start(this::watch);
    }

    private void watch() {
        while (watching) {
            backlogPeak = Math.max(backlogPeak, chaos.scrapes().backlogTotal());
            if (target != null) {
                String status = health(target.uri());
                statuses.add(status);
                if (status.equals("FENCED") && fencedAfter < 0) {
                    fencedAfter = (System.nanoTime() - startNanos) / 1e9;
                }
            }
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The {@code status} of the instance's {@code /health} JSON, whatever its HTTP status; "no answer" otherwise. */
    private static String health(URI instance) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(instance.resolve("/health"))
                    .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return Operator.parse(answer.body()).path("status").asText("HTTP " + answer.statusCode());
        } catch (java.io.IOException e) {
            return "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "no answer";
        }
    }

    /** The repair backlog (every instance's largest per tenant, summed) when the fault began. */
    long backlogAtStart() {
        return backlogAtStart;
    }

    /** What the fault hit: "instance b", or "all instances" for a store's fault. */
    String target() {
        return target == null ? "all instances" : "instance " + target.name();
    }

    /** The fault is over (restored, restarted): how long it lasted is measured up to now. */
    void ended() {
        lasted = (System.nanoTime() - startNanos) / 1e9;
    }

    /** Seconds from the start of the watch to {@link #ended()} (to now if it was not called). */
    double lasted() {
        return lasted >= 0 ? lasted : (System.nanoTime() - startNanos) / 1e9;
    }

    /** The target fenced itself: its /health said FENCED, or it refused writes with 503 "fenced". */
    boolean sawFenced() {
        return fencedAfter >= 0 || targetRefusedFenced() > 0;
    }

    private long targetRefusedFenced() {
        return target == null ? 0 : chaos.data().fencedRefusalsOf(target.uri()) - targetFencedBefore;
    }

    long failedUnexcused() {
        return chaos.stats().failed() - failedBefore - excused();
    }

    private long excused() {
        return chaos.stats().failedWhilePrimaryDown() - excusedBefore;
    }

    /** One sentence of what was seen, e.g. "b's /health: UP, FENCED (FENCED 1.7 s in); fenced refusals 12; ...". */
    String observed() {
        String health = target == null ? "" : target.name() + "'s /health said " + String.join(", ", java.util.List.copyOf(statuses))
                + (fencedAfter >= 0 ? String.format(" (FENCED %.1f s after the fault began)", fencedAfter) : " (never FENCED)")
                + ", it refused " + targetRefusedFenced() + " request(s) fenced; ";
        return health + "fenced refusals " + (chaos.data().fencedRefusals() - fencedBefore) + "; failed requests "
                + failedUnexcused() + " (+" + excused() + " while the store they needed was down); backlog "
                + backlogAtStart + " at the start, peak " + backlogPeak;
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        thread.interrupt();
        thread.join(2000);
    }
}
