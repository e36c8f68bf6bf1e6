package dev.graph2doc.phase;

import static dev.graph2doc.testing.ServiceClient.JSON;

import dev.graph2doc.testing.ServiceClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two writers of {@link PartitionFencingIT}: B sets every bin's {@code fillLevel}, A every bin's
 * {@code capacityLitres}, each to a counter value that only grows, request after request, recording when each
 * request started and ended and what it was answered.
 */
final class PartitionWriters {

    record Answer(long startedNanos, long endedNanos, int status, String body, int value) {
        boolean fenced() {
            return status == 503 && body.contains("\"fenced\":true");
        }
    }

    private final ServiceClient a;
    private final ServiceClient b;
    private final List<Answer> answersOfA = new CopyOnWriteArrayList<>();
    private final List<Answer> answersOfB = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile boolean stopping;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    PartitionWriters(URI a, URI b) {
        this.a = new ServiceClient(a);
        this.b = new ServiceClient(b);
    }

    void startB() {
        threads.add(Thread.ofPlatform().daemon().start(() -> loop(b, "fillLevel", answersOfB)));
    }

    void startA() {
        threads.add(Thread.ofPlatform().daemon().start(() -> loop(a, "capacityLitres", answersOfA)));
    }

    void stop() throws InterruptedException {
        stopping = true;
        for (Thread t : threads) {
            t.join(30_000);
        }
    }

    private void loop(ServiceClient client, String field, List<Answer> answers) {
        for (int round = 0; round < 2_000 && !stopping; round++) {
            answers.add(write(client, field, counter.incrementAndGet()));
        }
    }

    private static Answer write(ServiceClient client, String field, int value) {
        long started = System.nanoTime();
        StringBuilder mutations = new StringBuilder("[");
        for (String bin : PartitionFencingIT.BINS) {
            mutations.append(mutations.length() > 1 ? "," : "").append("{\"op\":\"upsertNode\",\"label\":\"Bin\",\"key\":\"")
                    .append(bin).append("\",\"properties\":{\"").append(field).append("\":").append(value).append("}}");
        }
        try {
            HttpResponse<String> answer = client.mutate("acme", mutations.append("]").toString());
            return new Answer(started, System.nanoTime(), answer.statusCode(), answer.body(), value);
        } catch (Exception e) {
            return new Answer(started, System.nanoTime(), -1, e.toString(), value);
        }
    }

    void writeOnceOnB(int value) {
        answersOfB.add(write(b, "fillLevel", value));
    }

    long fencedAnswersOfB() {
        return answersOfB.stream().filter(Answer::fenced).count();
    }

    List<Answer> acknowledgedByBStartedAfter(long nanos) {
        return answersOfB.stream().filter(x -> x.status() == 200 && x.startedNanos() > nanos).toList();
    }

    /** When A's first answer under UNFORKED (MongoDB alone) came; 0 when none did. */
    long firstUnforkedAnswerOfA() throws Exception {
        for (Answer x : answersOfA) {
            if (x.status() == 200 && "UNFORKED".equals(JSON.readTree(x.body()).path("phase").asText())) {
                return x.endedNanos();
            }
        }
        return 0;
    }

    String lastPhaseOfB() throws Exception {
        Answer last = answersOfB.get(answersOfB.size() - 1);
        return last.status() + " " + JSON.readTree(last.body()).path("phase").asText();
    }

    int lastAcknowledgedByB() {
        return answersOfB.stream().filter(x -> x.status() == 200).mapToInt(Answer::value).max().orElse(-1);
    }

    /** Acknowledged or not: a request answered 503 after it started may have been applied. */
    int lastSentByB() {
        return answersOfB.stream().mapToInt(Answer::value).max().orElse(-1);
    }

    int lastAcknowledgedByA() {
        return answersOfA.stream().filter(x -> x.status() == 200).mapToInt(Answer::value).max().orElse(-1);
    }
}
