package dev.graph2doc.rehearse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The data API as the load generator's clients use it: each request sent with its tenant's key and recorded in the
 * {@link RequestStats} under the tenant's phase at the time of sending; a 2xx write runs its acknowledgement.
 */
final class Traffic {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;
    private final Tokens tokens;
    private final PhaseBoard phases;
    private final RequestStats stats;
    private final Outages outages;
    private final Ledger ledger;
    private final java.time.Instant start;

    /** {@code start}: the rehearsal's, so that the ledger can say when each document was last acknowledged. */
    Traffic(ApiClient api, Tokens tokens, PhaseBoard phases, RequestStats stats, Outages outages, Ledger ledger,
            java.time.Instant start) {
        this.start = start;
        this.api = api;
        this.tokens = tokens;
        this.phases = phases;
        this.stats = stats;
        this.outages = outages;
        this.ledger = ledger;
    }

    /**
     * Sends one batch; on a 2xx, runs {@code onAcknowledged} (which hands the values to the ledger); on a 5xx or no
     * answer runs it as a write of unknown outcome.
     */
    void send(String tenant, List<Map<String, Object>> mutations, Runnable onAcknowledged) throws InterruptedException {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("mutations", mutations));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String phase = phases.of(tenant);
        long sent = System.nanoTime();
        ApiClient.Answer answer = api.post("/v1/tenants/" + tenant + "/mutations", body, tokens.keyOf(tenant));
        stats.record(phase, true, answer, "POST /v1/tenants/" + tenant + "/mutations (" + mutations.size() + " mutations)",
                downStore(tenant, phase, true, answer, sent));
        if (answer.ok()) {
            double second = java.time.Duration.between(start, java.time.Instant.now()).toMillis() / 1000.0;
            ledger.acknowledgedBy(String.format("%s at %.1f s, sent under %s", answer.instance(), second, phase), onAcknowledged);
        } else if (answer.status() < 400 || answer.status() >= 500) {
            ledger.outcomeUnknown(onAcknowledged); // a 4xx changed nothing; a 5xx or no answer may have
        }
    }

    /**
     * The store a failed request needed that was down for the instance that answered it, under any phase it may have
     * been served under (a transition asked for or a step-back learned late changes which store that is); null when
     * it succeeded or no store it needed was down.
     */
    private Outages.Store downStore(String tenant, String phase, boolean write, ApiClient.Answer answer, long sent) {
        if (answer.ok()) {
            return null;
        }
        long answered = System.nanoTime();
        String instance = answer.instance() == null ? null : answer.instance().toString();
        return phases.during(tenant, phase, sent, answered).stream().map(p -> Outages.needed(p, write))
                .filter(store -> outages.covers(store, instance, sent, answered)).findFirst().orElse(null);
    }

    /** GETs {@code /v1/tenants/{tenant}/collections/{pathInCollections}}. */
    void read(String tenant, String pathInCollections) throws InterruptedException {
        String path = "/v1/tenants/" + tenant + "/collections/" + pathInCollections;
        String phase = phases.of(tenant);
        long sent = System.nanoTime();
        ApiClient.Answer answer = api.get(path, tokens.keyOf(tenant));
        stats.record(phase, false, answer, "GET " + path, downStore(tenant, phase, false, answer, sent));
    }

    /** A key as one URL path segment or query value ("Frost/Nixon" → "Frost%2FNixon", spaces as %20). */
    static String encode(Object key) {
        return URLEncoder.encode(String.valueOf(key), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
