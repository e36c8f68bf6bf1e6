package dev.graph2doc.api;

import static dev.graph2doc.testing.ServiceClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents corrupted in MongoDB while it serves acme's reads: the shadow comparisons trip the automatic step-back,
 * reads return to Neo4j, the audit log says why, and a repairing verification lets the operator walk forward again.
 */
@ExtendWith(StoresExtension.class)
class AutoStepBackIT {

    private TestStores stores;
    private RunningService service;
    private ServiceClient client;

    @BeforeEach
    void start(TestStores stores) throws Exception {
        this.stores = stores;
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(2, 10, 1, 7L), m -> { });
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, "graph2doc.copy.poll-interval", "50ms",
                "graph2doc.read.compare.sample-ratio.swap-reads", 1.0, "graph2doc.read.compare.recheck-delay", "50ms",
                "graph2doc.phase.auto-step-back.min-comparisons", 10,
                "graph2doc.phase.auto-step-back.max-mismatch-ratio", 0.2, "graph2doc.verify.poll-interval", "50ms"));
        service = RunningService.start(properties, Optional.empty(), line -> { });
        client = new ServiceClient(service.uri());
        client.moveTo(List.of("acme", "globex"), "SWAP_READS");
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void shouldStepBackToForkWritesAndServeNeo4jWhenMongoDocumentsAreCorruptedDuringSwapReads() throws Exception {
        MongoCollection<Document> bins = stores.mongo().getDatabase("fleet_acme").getCollection("bins");
        for (String key : List.of("b-000001", "b-000002", "b-000003", "b-000004", "b-000005")) {
            bins.updateOne(new Document("_id", key), new Document("$set", new Document("fillLevel", -1)));
        }

        JsonNode change = readUntilSteppedBack("acme");

        assertThat(change.get("from").asText()).isEqualTo("SWAP_READS");
        assertThat(change.get("who").asText()).isEqualTo("graph2doc");
        assertThat(change.get("reason").asText()).matches("auto: mismatch ratio 1\\.0000 > 0\\.2 over the last PT5M \\(\\d+ comparisons\\)");
        assertThat(phase("globex")).as("the other tenant's reads were fine").isEqualTo("SWAP_READS");
        assertThat(client.metric("graph2doc_phase_transitions_total{automatic=\"true\",from=\"SWAP_READS\","
                + "tenant=\"acme\",to=\"FORK_WRITES\"}")).isEqualTo(1.0);
        assertThat(read("acme", "b-000001").get("fillLevel").asInt()).as("Neo4j serves again").isNotEqualTo(-1);
    }

    @Test
    void shouldWalkForwardAgainWhenARepairingVerificationFixedTheDocuments() throws Exception {
        MongoCollection<Document> bins = stores.mongo().getDatabase("fleet_acme").getCollection("bins");
        for (String key : List.of("b-000001", "b-000002", "b-000003")) {
            bins.updateOne(new Document("_id", key), new Document("$set", new Document("fillLevel", -1)));
        }
        readUntilSteppedBack("acme");

        String id = JSON.readTree(client.post("/migration/verifications",
                "{\"tenants\":[\"acme\"],\"repair\":true}").body()).get("id").asText();
        JsonNode run = await("/migration/verifications/" + id, r -> !r.get("state").asText().equals("RUNNING"));
        assertThat(run.at("/totals/repaired").asLong()).as(run.toString()).isEqualTo(3);

        var moved = client.post("/migration/transitions",
                "{\"to\":\"SWAP_READS\",\"tenants\":[\"acme\"],\"force\":true,\"reason\":\"repaired\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        for (int i = 0; i < 30; i++) {
            assertThat(read("acme", "b-00000" + (1 + i % 3)).get("fillLevel").asInt()).isNotEqualTo(-1);
        }
        assertThat(phase("acme")).as("repaired documents compare equal").isEqualTo("SWAP_READS");
    }

    /** Reads the tenant's bins until it is no longer in SWAP_READS; the automatic change from the audit log. */
    private JsonNode readUntilSteppedBack(String tenant) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        for (int i = 0; Instant.now().isBefore(deadline); i++) {
            read(tenant, "b-00000" + (1 + i % 5));
            if (!phase(tenant).equals("SWAP_READS")) {
                assertThat(phase(tenant)).isEqualTo("FORK_WRITES");
                JsonNode last = JSON.readTree(client.get("/migration/history?tenant=" + tenant).body()).get(0);
                assertThat(last.get("automatic").asBoolean()).as(last.toString()).isTrue();
                return last;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(tenant + " did not step back within 30 s: "
                + client.get("/migration/history?tenant=" + tenant).body());
    }

    private JsonNode read(String tenant, String key) throws Exception {
        var answer = client.get("/v1/tenants/" + tenant + "/collections/bins/" + key);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private String phase(String tenant) throws Exception {
        for (JsonNode t : JSON.readTree(client.get("/migration/phases").body()).get("tenants")) {
            if (t.get("tenant").asText().equals(tenant)) {
                return t.get("phase").asText();
            }
        }
        throw new AssertionError("no tenant " + tenant);
    }

    private JsonNode await(String path, java.util.function.Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonNode node = JSON.readTree(client.get(path).body());
            if (done.test(node)) {
                return node;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " not done within 60 s: " + client.get(path).body());
    }
}
