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

    Traffic(ApiClient api, Tokens tokens, PhaseBoard phases, RequestStats stats) {
        this.api = api;
        this.tokens = tokens;
        this.phases = phases;
        this.stats = stats;
    }

    /** Sends one batch; on a 2xx, runs {@code onAcknowledged} (which hands the values to the ledger). */
    void send(String tenant, List<Map<String, Object>> mutations, Runnable onAcknowledged) throws InterruptedException {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("mutations", mutations));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String phase = phases.of(tenant);
        ApiClient.Answer answer = api.post("/v1/tenants/" + tenant + "/mutations", body, tokens.keyOf(tenant));
        stats.record(phase, true, answer, "POST /v1/tenants/" + tenant + "/mutations (" + mutations.size() + " mutations)");
        if (answer.ok()) {
            onAcknowledged.run();
        }
    }

    /** GETs {@code /v1/tenants/{tenant}/collections/{pathInCollections}}. */
    void read(String tenant, String pathInCollections) throws InterruptedException {
        String path = "/v1/tenants/" + tenant + "/collections/" + pathInCollections;
        String phase = phases.of(tenant);
        stats.record(phase, false, api.get(path, tokens.keyOf(tenant)), "GET " + path);
    }

    /** A key as one URL path segment or query value ("Frost/Nixon" → "Frost%2FNixon", spaces as %20). */
    static String encode(Object key) {
        return URLEncoder.encode(String.valueOf(key), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
