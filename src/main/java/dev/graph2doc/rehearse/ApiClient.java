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
 * final, but one: a 503 whose body says {@code "fenced": true} (an instance that lost its lease on the phases refuses
 * to act, issue 19) is counted and sent to another instance too, as a load balancer takes a fenced instance out.
 */
final class ApiClient {

    static final Duration GIVE_UP = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Status, body, time from the first send to the answer, sends that got no answer before it, who answered. */
    record Answer(int status, String body, long nanos, int unanswered, URI instance) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<List<URI>> instances;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong unansweredSends = new AtomicLong();
    private final AtomicLong fencedRefusals = new AtomicLong();
    private final java.util.Map<URI, AtomicLong> fencedBy = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** Sends refused with 503 {@code "fenced": true} and sent again elsewhere (not acknowledged: not in the ledger). */
    long fencedRefusals() {
        return fencedRefusals.get();
    }

    /** Fenced refusals answered by this instance. */
    long fencedRefusalsOf(URI instance) {
        AtomicLong count = fencedBy.get(instance);
        return count == null ? 0 : count.get();
    }

    /** graph2doc's fenced refusal: 503 with {@code "fenced": true} in its JSON body. */
    static boolean fenced(int status, String body) {
        return status == 503 && body != null && Operator.parse(body).path("fenced").asBoolean(false);
    }

    private Answer send(java.util.function.Function<URI, HttpRequest.Builder> request, String token)
            throws InterruptedException {
        long start = System.nanoTime();
        long giveUp = start + GIVE_UP.toNanos();
        int unanswered = 0;
        int refused = 0;
        String lastError = "no instance";
        URI base = null;
        HttpResponse<String> fencedAnswer = null;
        while (System.nanoTime() < giveUp) {
            List<URI> bases = instances.get();
            base = bases.get(Math.floorMod(next.getAndIncrement(), bases.size()));
            HttpRequest built = request.apply(base).timeout(TIMEOUT).header("Authorization", "Bearer " + token).build();
            try {
                HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
                if (!fenced(answer.statusCode(), answer.body())) {
                    return new Answer(answer.statusCode(), answer.body(), System.nanoTime() - start, unanswered, base);
                }
                fencedRefusals.incrementAndGet();
                fencedBy.computeIfAbsent(base, k -> new AtomicLong()).incrementAndGet();
                fencedAnswer = answer;
                Thread.sleep(Math.min(1000, 50L * (unanswered + ++refused)));
            } catch (IOException e) {
                unanswered++;
                unansweredSends.incrementAndGet();
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                Thread.sleep(Math.min(1000, 50L * unanswered));
            }
        }
        if (fencedAnswer != null) { // every instance still fenced when time ran out: that refusal is the answer
            return new Answer(fencedAnswer.statusCode(), fencedAnswer.body(), System.nanoTime() - start, unanswered, base);
        }
        return new Answer(-1, "no instance answered within " + GIVE_UP.toSeconds() + " s: " + lastError,
                System.nanoTime() - start, unanswered, base);
    }
}
