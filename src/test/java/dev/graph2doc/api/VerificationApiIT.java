package dev.graph2doc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.read.verify.VerificationStore;
import dev.graph2doc.testing.SeededService;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Full verification driven as an operator drives it: over HTTP, against the running service, after a copy. */
@ExtendWith(StoresExtension.class)
class VerificationApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FleetSpec SPEC = new FleetSpec(2, 30, 1, 5L);

    private RunningService service;
    private ServiceClient client;
    private TestStores stores;

    @BeforeEach
    void start(TestStores stores) throws Exception {
        this.stores = stores;
        service = SeededService.start(stores, SPEC, Map.of("graph2doc.copy.poll-interval", "50ms",
                "graph2doc.verify.poll-interval", "50ms", "graph2doc.verify.batch-size", 20));
        client = new ServiceClient(service.uri());
        client.post("/migration/copy", "{}");
        await("/migration/copy", status -> {
            boolean complete = status.get("collections").size() > 0;
            for (JsonNode c : status.get("collections")) {
                complete &= c.get("state").asText().equals("COMPLETE");
            }
            return complete;
        });
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void shouldAccept202AndReportEveryCollectionCleanWhenPolled() throws Exception {
        HttpResponse<String> started = client.post("/migration/verifications", "{}");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = JSON.readTree(started.body()).get("id").asText();
        JsonNode done = await("/migration/verifications/" + id, run -> !run.get("state").asText().equals("RUNNING"));
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("results")).hasSize(2 * 5).allSatisfy(r -> {
            assertThat(r.at("/counts/matched").asLong()).as(r.toString()).isEqualTo(r.get("expected").asLong());
            for (String count : new String[] {"missing", "extra", "mismatched", "unsettled", "repaired"}) {
                assertThat(r.at("/counts/" + count).asLong()).as(r + " " + count).isZero();
            }
            assertThat(r.at("/examples/missing")).isEmpty();
        });
        assertThat(done.at("/progress/collectionsDone").asInt()).isEqualTo(10);
        assertThat(done.at("/progress/documentsVerified").asLong()).isEqualTo(done.at("/progress/expectedDocuments").asLong());
        Instant startedAt = Instant.parse(done.get("startedAt").asText());
        assertThat(Instant.parse(done.get("finishedAt").asText())).isAfterOrEqualTo(startedAt);
        assertThat(service.context().getBean(VerificationStore.class).lastCleanVerification("globex")).contains(startedAt);
    }

    @Test
    void shouldReportAMissingDocumentWithItsKey() throws Exception {
        stores.mongo().getDatabase("fleet_acme").getCollection("devices").deleteOne(new org.bson.Document("_id", "d-000007"));

        String id = JSON.readTree(client.post("/migration/verifications",
                "{\"tenants\":[\"acme\"]}").body()).get("id").asText();

        JsonNode done = await("/migration/verifications/" + id, run -> run.get("state").asText().equals("DONE"));
        JsonNode devices = done.get("results").valueStream()
                .filter(r -> r.get("collection").asText().equals("devices")).findFirst().orElseThrow();
        assertThat(devices.at("/counts/missing").asLong()).isEqualTo(1);
        assertThat(devices.at("/examples/missing/0/key").asText()).isEqualTo("d-000007");
        assertThat(done.at("/totals/missing").asLong()).isEqualTo(1);
    }

    @Test
    void shouldAnswer404ForAnUnknownId() throws Exception {
        HttpResponse<String> unknown = client.get("/migration/verifications/no-such-run");
        HttpResponse<String> cancelUnknown = client.post("/migration/verifications/no-such-run/cancel", "");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no verification with id 'no-such-run'");
        assertThat(cancelUnknown.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswer400NamingEachBadValueAndStoreNothing() throws Exception {
        HttpResponse<String> unknownNames = client.post("/migration/verifications",
                "{\"tenants\":[\"nobody\"],\"collections\":[\"binz\"]}");
        HttpResponse<String> wrongTypes = client.post("/migration/verifications", "{\"tenants\":\"acme\",\"repair\":\"yes\"}");
        HttpResponse<String> unknownField = client.post("/migration/verifications", "{\"tenant\":[\"acme\"]}");

        assertThat(unknownNames.statusCode()).isEqualTo(400);
        assertThat(unknownNames.body()).contains("Unknown tenant(s) [nobody]: the graph holds [acme, globex]")
                .contains("Unknown collection(s) [binz]: the mapping declares [customers, sites, bins, devices, readings]");
        assertThat(wrongTypes.statusCode()).isEqualTo(400);
        assertThat(wrongTypes.body()).contains("tenants = \\\"acme\\\" must be a list of tenant names")
                .contains("repair = \\\"yes\\\" must be true or false");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("unknown field 'tenant'");
        assertThat(JSON.readTree(client.get("/migration/verifications").body())).isEmpty();
    }

    private JsonNode await(String path, java.util.function.Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = JSON.readTree(client.get(path).body());
            if (done.test(status)) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not done within 60 s: " + client.get(path).body());
    }
}
