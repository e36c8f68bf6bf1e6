package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The control API as an operator uses it: moves a tenant and waits until every instance applies the move, retrying
 * a refused (409) move until its unmet conditions clear or a deadline passes (never {@code force}); starts copies and
 * verifications and waits for them. Reads that fail (an instance restarting, MongoDB — the control database — down)
 * are simply asked again.
 */
final class Operator {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration RETRY = Duration.ofMillis(500);
    private static final Duration REPEAT_UNMET = Duration.ofSeconds(15);

    /** The walk could not go on: a move refused past its deadline, or an answer that makes no sense. */
    static final class WalkFailed extends RuntimeException {
        WalkFailed(String message) {
            super(message);
        }
    }

    /** graph2doc stepped the tenant back by itself right after a move: the walk goes forward again from {@code phase}. */
    static final class SteppedBack extends RuntimeException {
        final String phase;

        SteppedBack(String phase, String reason) {
            super(reason);
            this.phase = phase;
        }
    }

    private final ApiClient api;
    private final String token;
    private final PhaseBoard board;
    private final Events events;

    Operator(ApiClient api, String token, PhaseBoard board, Events events) {
        this.api = api;
        this.token = token;
        this.board = board;
        this.events = events;
    }

    /** Moves the tenant, waiting on the gates like an operator until {@code patience} passes. */
    void move(String tenant, String to, String reason, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        String body = json(Map.of("to", to, "tenants", List.of(tenant), "reason", reason, "confirm", tenant));
        Map<String, Instant> printed = new java.util.HashMap<>();
        while (true) {
            ApiClient.Answer answer = api.post("/migration/transitions", body, token);
            if (answer.status() == 200) {
                board.moving(tenant, to); // instances serve under it from when they apply it, before every one has
                awaitApplied(tenant, to, deadline);
                return;
            }
            if (answer.status() != 409 && answer.status() < 500 && answer.status() != -1) {
                throw new WalkFailed("moving " + tenant + " to " + to + " answered " + answer.status() + ": " + answer.body());
            }
            String unmet = answer.status() == 409 ? unmet(answer.body()) : "answer " + answer.status();
            if (unmet.startsWith("Cannot move tenant")) { // no gate to wait on: the tenant is no longer where the move starts
                throw new WalkFailed("moving " + tenant + " to " + to + " refused: " + unmet);
            }
            String shape = unmet.replaceAll("[0-9][0-9.:TZ-]*", "#"); // the same conditions with new numbers: not news
            Instant last = printed.get(shape);
            if (last == null || Instant.now().isAfter(last.plus(REPEAT_UNMET))) {
                events.add(Events.Kind.GATE, tenant, "-> " + to + " waits: " + unmet);
                printed.put(shape, Instant.now());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new WalkFailed("moving " + tenant + " to " + to + " still refused after " + patience.toSeconds()
                        + " s: " + unmet);
            }
            Thread.sleep(RETRY.toMillis());
        }
    }

    private void awaitApplied(String tenant, String to, Instant deadline) throws InterruptedException {
        while (Instant.now().isBefore(deadline.plusSeconds(30))) {
            JsonNode row = phaseOf(tenant);
            if (row != null && row.path("phase").asText().equals(to) && !row.path("pending").asBoolean(true)) {
                board.set(tenant, to);
                events.add(Events.Kind.PHASE, tenant, to);
                return;
            }
            steppedBackFrom(tenant, to, row);
            Thread.sleep(POLL.toMillis());
        }
        throw new WalkFailed(tenant + " moved to " + to + " but not every instance applied it: " + phaseOf(tenant));
    }

    /** Throws {@link SteppedBack} when the tenant's latest phase change is graph2doc's own step-back from {@code to}. */
    private void steppedBackFrom(String tenant, String to, JsonNode row) throws InterruptedException {
        if (row == null || row.path("phase").asText().equals(to) || row.path("pending").asBoolean(true)) {
            return;
        }
        JsonNode history = read("/migration/history?tenant=" + tenant);
        JsonNode latest = history == null || history.isEmpty() ? null : history.get(0);
        if (latest != null && latest.path("automatic").asBoolean(false) && latest.path("from").asText().equals(to)) {
            board.set(tenant, latest.path("to").asText());
            events.add(Events.Kind.PHASE, tenant, to + ", then " + latest.path("to").asText()
                    + " (automatic step-back by graph2doc: " + latest.path("reason").asText() + ")");
            throw new SteppedBack(latest.path("to").asText(), latest.path("reason").asText());
        }
    }

    /** The tenant's row of {@code GET /migration/phases}, or null when it could not be read. */
    JsonNode phaseOf(String tenant) throws InterruptedException {
        JsonNode phases = read("/migration/phases");
        if (phases != null) {
            for (JsonNode row : phases.path("tenants")) {
                if (row.path("tenant").asText().equals(tenant)) {
                    return row;
                }
            }
        }
        return null;
    }

    /** A GET of the control API as JSON, or null when it did not answer 2xx. */
    JsonNode read(String path) throws InterruptedException {
        ApiClient.Answer answer = api.get(path, token);
        return answer.ok() ? parse(answer.body()) : null;
    }

    ApiClient.Answer post(String path, Object body) throws InterruptedException {
        return api.post(path, json(body), token);
    }

    /** Starts a verification and waits for its end; the final run view. */
    JsonNode verify(String tenant, boolean repair, Duration patience) throws InterruptedException {
        ApiClient.Answer started = post("/migration/verifications", Map.of("tenants", List.of(tenant), "repair", repair));
        if (started.status() != 202) {
            throw new WalkFailed("starting a verification of " + tenant + " answered " + started.status() + ": " + started.body());
        }
        String id = parse(started.body()).path("id").asText();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            JsonNode run = read("/migration/verifications/" + id);
            if (run != null && !run.path("state").asText().equals("RUNNING") && !run.path("state").asText().equals("PENDING")) {
                return run;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new WalkFailed("verification " + id + " of " + tenant + " did not finish within " + patience.toSeconds() + " s");
    }

    private static String unmet(String body) {
        JsonNode refusal = parse(body);
        if (refusal.path("unmet").isArray() && !refusal.path("unmet").isEmpty()) {
            return String.join("; ", JSON.convertValue(refusal.path("unmet"), String[].class));
        }
        return refusal.path("error").asText(body);
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("error", body);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
