package dev.graph2doc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.testing.SeededService;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/** The copy driven as an operator drives it: over HTTP, against the running service. */
@ExtendWith(StoresExtension.class)
class CopyApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FleetSpec SPEC = new FleetSpec(2, 60, 2, 5L);

    private RunningService service;
    private ServiceClient client;
    private TestStores stores;

    @BeforeEach
    void start(TestStores stores) {
        this.stores = stores;
        service = SeededService.start(stores, SPEC, Map.of("graph2doc.copy.chunk-size", 25,
                "graph2doc.copy.partition-size", 50, "graph2doc.copy.poll-interval", "50ms"));
        client = new ServiceClient(service.uri());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void shouldCopyEveryTenantAndReportProgressWhenStartedOverHttp() throws Exception {
        HttpResponse<String> started = client.post("/migration/copy", "{}");

        assertThat(started.statusCode()).isEqualTo(202);
        JsonNode done = awaitComplete();
        assertThat(done.get("collections")).hasSize(2 * 5);
        for (JsonNode c : done.get("collections")) {
            assertThat(c.get("done").asLong()).as(c.toString()).isEqualTo(c.get("total").asLong());
            assertThat(c.get("etaSeconds").asLong()).isZero();
        }
        assertThat(stores.mongo().getDatabase("fleet_globex").getCollection("bins").countDocuments()).isEqualTo(60);
        JsonNode overview = JSON.readTree(client.get("/migration").body());
        assertThat(overview.at("/tenants/0/tenant").asText()).isEqualTo("acme");
        assertThat(overview.at("/tenants/0/copy/bins/state").asText()).isEqualTo("COMPLETE");
        assertThat(overview.at("/tenants/0/phase").asText()).isEqualTo("GRAPH_ONLY");
        assertThat(overview.at("/tenants/0/backlog/documents").asLong()).isZero();
        assertThat(overview.get("defaultPhase").asText()).isEqualTo("GRAPH_ONLY");
        assertThat(overview.at("/tenants/0/pending").asBoolean()).isFalse();
        assertThat(overview.at("/tenants/0/shadow/comparisons").asLong()).isZero();
        assertThat(overview.at("/tenants/0/lastCleanVerification").isNull()).isTrue();
        assertThat(overview.at("/instances/0/instance").asText()).as("this instance beats").isNotEmpty();
        service.context().getBean(dev.graph2doc.metrics.CopyGauges.class).refresh();
        String metrics = client.get("/prometheus").body();
        // exactly the roots: no partition copied twice by two workers of this instance
        assertThat(metrics).contains("graph2doc_copy_documents_total{collection=\"bins\",tenant=\"globex\"} 60.0")
                .contains("graph2doc_copy_documents_total{collection=\"devices\",tenant=\"acme\"} 60.0")
                .contains("graph2doc_copy_remaining_documents{collection=\"bins\",tenant=\"globex\"} 0.0")
                .contains("graph2doc_copy_batch_seconds_count");
    }

    @Test
    void shouldHoldTheCopyWhilePausedAndFinishAfterResume() throws Exception {
        client.post("/migration/copy/pause", "");
        client.post("/migration/copy", "{\"tenants\":[\"acme\"],\"collections\":[\"bins\"]}");
        Thread.sleep(500); // workers poll every 50 ms: ten chances to copy while paused

        JsonNode paused = JSON.readTree(client.get("/migration/copy").body());
        assertThat(paused.get("paused").asBoolean()).isTrue();
        assertThat(paused.at("/collections/0/state").asText()).isEqualTo("PAUSED");
        assertThat(paused.at("/collections/0/done").asLong()).isZero();

        client.post("/migration/copy/resume", "");
        assertThat(awaitComplete().at("/collections/0/done").asLong()).isEqualTo(60);
    }

    @Test
    void shouldAnswer400NamingTheValueWhenTheRequestIsWrong() throws Exception {
        HttpResponse<String> unknownTenant = client.post("/migration/copy", "{\"tenants\":[\"nobody\"]}");
        HttpResponse<String> unknownCollection = client.post("/migration/copy", "{\"collections\":[\"binz\"]}");
        HttpResponse<String> negative = client.post("/migration/copy/throttle", "{\"maxDocumentsPerSecond\":-5}");
        HttpResponse<String> missing = client.post("/migration/copy/throttle", "{}");

        assertThat(unknownTenant.statusCode()).isEqualTo(400);
        assertThat(unknownTenant.body()).contains("Unknown tenant(s) [nobody]").contains("[acme, globex]");
        assertThat(unknownCollection.statusCode()).isEqualTo(400);
        assertThat(unknownCollection.body()).contains("Unknown collection(s) [binz]");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("maxDocumentsPerSecond = -5");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("maxDocumentsPerSecond is missing");
        assertThat(JSON.readTree(client.get("/migration/copy").body()).get("collections")).isEmpty();
        assertThat(stores.mongo().listDatabaseNames().into(new ArrayList<>())).doesNotContain("fleet_acme");
    }

    @Test
    void shouldRefuseNamingTheCountsPerTypeAndPlanNothingWhenKeysOfACollectionMixTypes() throws Exception {
        try (Session session = stores.neo4j().session()) { // written after start-up, whose check would refuse it
            session.run("CREATE (:Bin {customerId: 'acme', id: 10410, capacityLitres: 240})").consume();
        }

        HttpResponse<String> refused = client.post("/migration/copy", "{\"tenants\":[\"acme\"]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Copy not started: key 'id' of Bin (collection bins) mixes types: STRING on 120")
                .contains("INTEGER on 1 (e.g. 10410)").contains("Nothing was planned or copied.");
        assertThat(JSON.readTree(client.get("/migration/copy").body()).get("collections")).isEmpty();
        assertThat(stores.mongo().listDatabaseNames().into(new ArrayList<>())).doesNotContain("fleet_acme");
    }

    @Test
    void shouldForgetTheEarlierCopyAndCopyAgainWhenRestarted() throws Exception {
        client.post("/migration/copy", "{\"tenants\":[\"acme\"],\"collections\":[\"bins\"]}");
        awaitComplete();
        stores.mongo().getDatabase("fleet_acme").getCollection("bins").deleteOne(new org.bson.Document("_id", "b-000001"));

        HttpResponse<String> restarted = client.post("/migration/copy",
                "{\"tenants\":[\"acme\"],\"collections\":[\"bins\"],\"restart\":true}");

        assertThat(restarted.statusCode()).isEqualTo(202);
        JsonNode done = awaitComplete();
        assertThat(done.get("collections")).singleElement().satisfies(c -> assertThat(c.get("done").asLong()).isEqualTo(60));
        assertThat(stores.mongo().getDatabase("fleet_acme").getCollection("bins").countDocuments()).isEqualTo(60);
        assertThat(client.get("/migration/actions").body()).contains("copy.restart");
    }

    @Test
    void shouldApplyTheThrottleGivenOverHttp() throws Exception {
        HttpResponse<String> throttled = client.post("/migration/copy/throttle", "{\"maxDocumentsPerSecond\":100}");
        Instant start = Instant.now();
        client.post("/migration/copy", "{\"tenants\":[\"acme\"],\"collections\":[\"bins\"]}");

        awaitComplete();

        assertThat(throttled.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(throttled.body()).get("maxDocumentsPerSecond").asLong()).isEqualTo(100);
        // A lower bound only (sleeps never end early): 60 roots at 100/s, chunks of at most 25 from either worker,
        // so the last chunk starts no earlier than (60 - 25) / 100 s after the first. Exact pacing: ThrottleTest.
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(350));
    }

    private JsonNode awaitComplete() throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = JSON.readTree(client.get("/migration/copy").body());
            boolean complete = status.get("collections").size() > 0;
            for (JsonNode c : status.get("collections")) {
                complete &= c.get("state").asText().equals("COMPLETE");
            }
            if (complete) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("copy not complete within 60 s: " + client.get("/migration/copy").body());
    }
}
