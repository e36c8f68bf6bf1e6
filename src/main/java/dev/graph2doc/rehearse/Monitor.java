package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Samples the rehearsal once a second — the load's requests and latencies, every instance's comparison and backlog
 * metrics, the copy's progress — into the {@link Timeline}, and hands each sample to the display.
 */
final class Monitor implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final RequestStats stats;
    private final Scrapes scrapes;
    private final Supplier<List<URI>> instances;
    private final String operatorToken;
    private final PhaseBoard board;
    private final int collections;
    private final Timeline timeline;
    private final Events events;
    private final Consumer<Timeline.Point> display;
    private final Thread thread;
    private volatile boolean running = true;
    private long lastComparisons;
    private long lastMismatches;
    private double lastSecond;

    Monitor(RequestStats stats, Scrapes scrapes, Supplier<List<URI>> instances, String operatorToken, PhaseBoard board,
            int collections, Timeline timeline, Events events, Consumer<Timeline.Point> display) {
        this.stats = stats;
        this.scrapes = scrapes;
        this.instances = instances;
        this.operatorToken = operatorToken;
        this.board = board;
        this.collections = collections;
        this.timeline = timeline;
        this.events = events;
        this.display = display;
        this.thread = Thread.ofPlatform().daemon().name("rehearse-monitor").start(this::run);
    }

    private void run() {
        long next = System.nanoTime();
        while (running) {
            try {
                next += 1_000_000_000L;
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                sample();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a sample lost (an instance restarting); the next second tries again
            }
        }
    }

    /** Takes one sample now (also called once more at the end, so the last interval is not lost). */
    synchronized void sample() throws InterruptedException {
        scrape();
        observePhases();
        RequestStats.Interval interval = stats.interval();
        long comparisons = scrapes.comparisons();
        long mismatches = scrapes.mismatches();
        double second = Duration.between(events.start(), java.time.Instant.now()).toMillis() / 1000.0;
        double elapsed = Math.max(0.001, second - lastSecond);
        lastSecond = second;
        Timeline.Point point = new Timeline.Point(second, interval.requests() / elapsed, interval.requests(), interval.failed(),
                ms(interval.writes(), 50), ms(interval.writes(), 99), ms(interval.reads(), 50), ms(interval.reads(), 99),
                comparisons - lastComparisons, mismatches - lastMismatches, scrapes.backlogTotal(), board.snapshot(),
                copy());
        lastComparisons = comparisons;
        lastMismatches = mismatches;
        timeline.add(point);
        display.accept(point);
    }

    private void scrape() throws InterruptedException {
        boolean first = true;
        for (URI instance : instances.get()) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(instance.resolve("/prometheus"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    scrapes.add(instance.toString(), answer.body(), first);
                    first = false;
                }
            } catch (java.io.IOException e) {
                // that instance is down or restarting
            }
        }
    }

    /**
     * The phases graph2doc reports, onto the board: a step-back graph2doc took by itself is seen within a second
     * instead of when the walk next looks (the chaos run saw one ignored for 53 s, its requests filed under COMPARE).
     */
    private void observePhases() throws InterruptedException {
        JsonNode phases = quickRead("/migration/phases");
        if (phases != null) {
            phases.path("tenants").forEach(row -> board.observed(row.path("tenant").asText(),
                    row.path("phase").asText(), row.path("pending").asBoolean(true)));
        }
    }

    private Timeline.CopyProgress copy() throws InterruptedException {
        JsonNode copy = quickRead("/migration/copy");
        if (copy == null) {
            Timeline.Point last = timeline.last();
            return last == null ? Timeline.CopyProgress.NONE : last.copy();
        }
        return CopyReading.of(copy, board.copiesStarted(), collections);
    }

    /** A control API read that gives up after two seconds (MongoDB, the control database, may be down). */
    private JsonNode quickRead(String path) throws InterruptedException {
        for (URI instance : instances.get()) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(instance.resolve(path))
                        .header("Authorization", "Bearer " + operatorToken).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return Operator.parse(answer.body());
                }
            } catch (java.io.IOException e) {
                // next instance
            }
        }
        return null;
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
