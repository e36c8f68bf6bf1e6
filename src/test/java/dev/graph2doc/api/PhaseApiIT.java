package dev.graph2doc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.testing.SeededService;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tenants moved between phases as an operator moves them: over HTTP, against the running service. */
@ExtendWith(StoresExtension.class)
class PhaseApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningService service;
    private ServiceClient client;

    @BeforeEach
    void start(TestStores stores) {
        service = SeededService.start(stores, new FleetSpec(2, 20, 1, 5L), Map.of("graph2doc.copy.poll-interval", "50ms"));
        client = new ServiceClient(service.uri());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void shouldMoveACanaryThroughItsGatesAndAuditEveryMoveWhenDrivenOverHttp() throws Exception {
        assertThat(phases()).isEqualTo(Map.of("acme", "GRAPH_ONLY", "globex", "GRAPH_ONLY"));

        HttpResponse<String> copy = transition("{\"to\":\"COPY\",\"tenants\":[\"acme\"],\"reason\":\"canary\"}");
        assertThat(copy.statusCode()).as(copy.body()).isEqualTo(200);
        assertThat(JSON.readTree(copy.body()).at("/tenants/0/phase").asText()).isEqualTo("COPY");
        assertThat(JSON.readTree(copy.body()).at("/tenants/0/pending").asBoolean()).as(copy.body()).isFalse();
        JsonNode instances = JSON.readTree(client.get("/migration/phases").body()).get("instances");
        assertThat(instances).hasSize(1);
        assertThat(instances.at("/0/phases/acme").asText()).isEqualTo("COPY");

        HttpResponse<String> early = transition("{\"to\":\"FORK_WRITES\",\"tenants\":[\"acme\"]}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(unmet(early)).anySatisfy(m -> assertThat(m).startsWith("copy of tenant 'acme' collection 'bins' was never started"));
        HttpResponse<String> forcedEarly = transition(
                "{\"to\":\"FORK_WRITES\",\"tenants\":[\"acme\"],\"force\":true,\"reason\":\"no writes yet\"}");
        assertThat(forcedEarly.statusCode()).isEqualTo(409);
        assertThat(unmet(forcedEarly)).isNotEmpty().allSatisfy(m -> assertThat(m).startsWith("copy of tenant 'acme'"));

        startCopyOnceThisInstanceAppliesCopy();
        awaitCopied();
        HttpResponse<String> fork = transition(
                "{\"to\":\"FORK_WRITES\",\"tenants\":[\"acme\"],\"force\":true,\"reason\":\"no writes yet\"}");
        assertThat(fork.statusCode()).as(fork.body()).isEqualTo(200);
        assertThat(service.context().getBean(TenantPhases.class).phaseOf("acme")).isEqualTo(Phase.FORK_WRITES);

        HttpResponse<String> swap = transition("{\"to\":\"SWAP_READS\",\"tenants\":[\"acme\"],\"reason\":\"canary\"}");
        assertThat(swap.statusCode()).isEqualTo(409);
        assertThat(unmet(swap)).anySatisfy(m -> assertThat(m).contains("has 0 read comparison(s), at least 1000 needed"));

        assertThat(phases()).isEqualTo(Map.of("acme", "FORK_WRITES", "globex", "GRAPH_ONLY"));
        JsonNode history = JSON.readTree(client.get("/migration/history?tenant=acme").body());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("to").asText()).isEqualTo("FORK_WRITES");
        assertThat(history.get(0).get("forced").asBoolean()).isTrue();
        assertThat(history.get(0).get("reason").asText()).isEqualTo("no writes yet");
        assertThat(history.get(0).get("who").asText()).as("the token's name").isEqualTo("test-operator");
        assertThat(history.get(1).get("from").asText()).isEqualTo("GRAPH_ONLY");
        assertThat(history.get(1).get("to").asText()).isEqualTo("COPY");
        assertThat(JSON.readTree(client.get("/migration/history").body())).hasSize(2);
    }

    @Test
    void shouldRefuseForkWritesAfterACopyMadeBeforeCaptureThenCopyAgainWithTheWritesInBetween(TestStores stores)
            throws Exception {
        client.post("/migration/copy", "{\"tenants\":[\"acme\"]}");
        awaitCopied();
        HttpResponse<String> uncaptured = client.post("/v1/tenants/acme/mutations", "{\"mutations\":[{\"op\":\"upsertNode\","
                + "\"label\":\"Bin\",\"key\":\"b-000001\",\"properties\":{\"fillLevel\":777}}]}");
        assertThat(uncaptured.statusCode()).as(uncaptured.body()).isEqualTo(200);
        assertThat(transition("{\"to\":\"COPY\",\"tenants\":[\"acme\"]}").statusCode()).isEqualTo(200);

        HttpResponse<String> stale = transition(
                "{\"to\":\"FORK_WRITES\",\"tenants\":[\"acme\"],\"force\":true,\"reason\":\"copied already\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(unmet(stale)).hasSize(5).allSatisfy(m -> assertThat(m).contains("before the tenant entered COPY"));

        startCopyOnceThisInstanceAppliesCopy();
        awaitCopied();
        HttpResponse<String> fork = transition(
                "{\"to\":\"FORK_WRITES\",\"tenants\":[\"acme\"],\"force\":true,\"reason\":\"copied again\"}");
        assertThat(fork.statusCode()).as(fork.body()).isEqualTo(200);
        org.bson.Document bin = stores.mongo().getDatabase("fleet_acme").getCollection("bins")
                .find(new org.bson.Document("_id", "b-000001")).first();
        assertThat(bin.get("fillLevel", Number.class).intValue()).as("the write made before COPY").isEqualTo(777);
    }

    /** A copy start answers 409 until this instance applies COPY (it polls the phase): repeated, as an operator would. */
    private void startCopyOnceThisInstanceAppliesCopy() throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        HttpResponse<String> started;
        while ((started = client.post("/migration/copy", "{\"tenants\":[\"acme\"]}")).statusCode() == 409
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    }

    @Test
    void shouldRefuseToStartACopyWhileAnotherInstanceDoesNotCaptureYet(TestStores stores) throws Exception {
        var instances = stores.mongo().getDatabase("graph2doc_control").getCollection("instances");
        instances.insertOne(new org.bson.Document("_id", "lagging").append("at", new java.util.Date())
                .append("applied", java.util.List.of()).append("capturesWrites", true));
        HttpResponse<String> moved = transition("{\"to\":\"COPY\",\"tenants\":[\"acme\"]}");
        assertThat(JSON.readTree(moved.body()).at("/tenants/0/pendingOn").toString()).isEqualTo("[\"lagging\"]");

        HttpResponse<String> early = client.post("/migration/copy", "{\"tenants\":[\"acme\"]}");

        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(early.body()).get("error").asText()).contains("Tenant 'acme' entered COPY")
                .contains("instance(s) [lagging] do not apply it yet");
        assertThat(JSON.readTree(client.get("/migration/copy").body()).get("collections")).as("nothing planned").isEmpty();
        instances.deleteOne(new org.bson.Document("_id", "lagging"));
        assertThat(client.post("/migration/copy", "{\"tenants\":[\"acme\"]}").statusCode()).isEqualTo(202);
    }

    @Test
    void shouldAnswer409NamingThePhasesAndTheAllowedNextOnesWhenThePairIsForbidden() throws Exception {
        HttpResponse<String> skip = transition("{\"to\":\"SWAP_READS\",\"tenants\":[\"acme\"],\"force\":true,\"reason\":\"r\"}");

        assertThat(skip.statusCode()).isEqualTo(409);
        assertThat(unmet(skip)).containsExactly(
                "Cannot move tenant 'acme' from GRAPH_ONLY to SWAP_READS: allowed next phases are [COPY].");
        assertThat(JSON.readTree(skip.body()).get("error").asText()).contains("refused for [acme]");
        assertThat(JSON.readTree(client.get("/migration/history").body())).isEmpty();
    }

    @Test
    void shouldAnswer400NamingTheValueWhenTheRequestIsWrong() throws Exception {
        HttpResponse<String> phase = transition("{\"to\":\"SWAP\",\"tenants\":[\"acme\"]}");
        HttpResponse<String> tenant = transition("{\"to\":\"COPY\",\"tenants\":[\"nobody\"]}");
        HttpResponse<String> reasonless = transition("{\"to\":\"COPY\",\"force\":true}");

        assertThat(phase.statusCode()).isEqualTo(400);
        assertThat(phase.body()).contains("Unknown phase 'SWAP'").contains("SWAP_READS");
        assertThat(tenant.statusCode()).isEqualTo(400);
        assertThat(tenant.body()).contains("Unknown tenant(s) [nobody]: the graph holds [acme, globex]");
        assertThat(reasonless.statusCode()).isEqualTo(400);
        assertThat(reasonless.body()).contains("force is true but reason is empty");
        assertThat(phases()).isEqualTo(Map.of("acme", "GRAPH_ONLY", "globex", "GRAPH_ONLY"));
    }

    private Map<String, String> phases() throws Exception {
        Map<String, String> out = new HashMap<>();
        JsonNode body = JSON.readTree(client.get("/migration/phases").body());
        assertThat(body.get("defaultPhase").asText()).isEqualTo("GRAPH_ONLY");
        body.get("tenants").forEach(t -> out.put(t.get("tenant").asText(), t.get("phase").asText()));
        return out;
    }

    private static java.util.List<String> unmet(HttpResponse<String> response) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        JSON.readTree(response.body()).get("unmet").forEach(m -> out.add(m.asText()));
        return out;
    }

    private void awaitCopied() throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = JSON.readTree(client.get("/migration/copy").body());
            boolean complete = status.get("collections").size() == 5;
            for (JsonNode c : status.get("collections")) {
                complete &= c.get("state").asText().equals("COMPLETE");
            }
            if (complete) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("copy not complete within 60 s: " + client.get("/migration/copy").body());
    }

    private HttpResponse<String> transition(String body) throws Exception {
        return client.post("/migration/transitions", body);
    }
}
