package dev.graph2doc.rehearse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * graph2doc's HTTP API as clients behind a load balancer see it: requests spread over the instances, and a request
 * that got no answer at all (connection refused or reset: the instance died) is sent again to another instance
 * until one answers or {@link #GIVE_UP} passes. Safe because every request the rehearsal sends is idempotent
 * (absolute property values, create-or-merge, delete-if-present, reads). An HTTP answer, whatever its status, is
 * final: it is never retried.
 */
final class ApiClient {

    static final Duration GIVE_UP = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Status, body, time from the first send to the answer, and how many sends got no answer before it. */
    record Answer(int status, String body, long nanos, int unanswered) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<List<URI>> instances;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong unansweredSends = new AtomicLong();

    ApiClient(Supplier<List<URI>> instances) {
        this.instances = instances;
    }

    Answer get(String path, String token) throws InterruptedException {
        return send(base -> HttpRequest.newBuilder(base.resolve(path)).GET(), token);
    }

    Answer post(String path, String json, String token) throws InterruptedException {
        return send(base -> HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    /** Sends that got no HTTP answer and were sent again elsewhere. */
    long unansweredSends() {
        return unansweredSends.get();
    }

    private Answer send(java.util.function.Function<URI, HttpRequest.Builder> request, String token)
            throws InterruptedException {
        long start = System.nanoTime();
        long giveUp = start + GIVE_UP.toNanos();
        int unanswered = 0;
        String lastError = "no instance";
        while (System.nanoTime() < giveUp) {
            List<URI> bases = instances.get();
            URI base = bases.get(Math.floorMod(next.getAndIncrement(), bases.size()));
            HttpRequest built = request.apply(base).timeout(TIMEOUT).header("Authorization", "Bearer " + token).build();
            try {
                HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
                return new Answer(answer.statusCode(), answer.body(), System.nanoTime() - start, unanswered);
            } catch (IOException e) {
                unanswered++;
                unansweredSends.incrementAndGet();
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                Thread.sleep(Math.min(1000, 50L * unanswered));
            }
        }
        return new Answer(-1, "no instance answered within " + GIVE_UP.toSeconds() + " s: " + lastError,
                System.nanoTime() - start, unanswered);
    }
}
