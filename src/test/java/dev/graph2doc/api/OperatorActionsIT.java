package dev.graph2doc.api;

import static dev.graph2doc.testing.ServiceClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.security.OperatorAction;
import dev.graph2doc.store.mongo.MongoOperatorActionStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import dev.graph2doc.testing.TestTokens;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Copy and verification controls leave a trace naming the operator's token, as phase transitions do. */
@ExtendWith(StoresExtension.class)
class OperatorActionsIT {

    @Test
    void shouldRecordWhoControlledCopyAndVerificationWhenOperatorsAct(TestStores stores) throws Exception {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 5, 1, 3L), m -> { });
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.put("micronaut.server.port", 0);
        try (RunningService service = RunningService.start(properties, Optional.empty(), line -> { })) {
            ServiceClient client = new ServiceClient(service.uri());
            assertThat(client.post("/migration/copy/pause", "{}").statusCode()).isEqualTo(200);
            assertThat(client.post("/migration/copy/throttle", "{\"maxDocumentsPerSecond\":500}").statusCode()).isEqualTo(200);
            assertThat(client.post("/migration/copy/resume", "{}").statusCode()).isEqualTo(200);
            HttpResponse<String> started = client.post("/migration/verifications", "{\"tenants\":[\"acme\"]}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String id = JSON.readTree(started.body()).get("id").asText();
            client.post("/migration/verifications/" + id + "/cancel", "{}");
            assertThat(client.post("/migration/copy/throttle", "{}").statusCode()).as("refused: not recorded").isEqualTo(400);

            JsonNode actions = JSON.readTree(client.get("/migration/actions?limit=10").body());
            List<String> names = new ArrayList<>();
            actions.forEach(a -> names.add(a.get("action").asText()));
            assertThat(names).startsWith("verification.cancel", "verification.start", "copy.resume", "copy.throttle",
                    "copy.pause").doesNotHaveDuplicates();
            assertThat(actions).allSatisfy(a -> assertThat(a.get("who").asText()).isEqualTo("test-operator"));
            assertThat(actions.get(3).get("detail").asText()).isEqualTo("maxDocumentsPerSecond=500");
            assertThat(actions.get(1).get("detail").asText()).startsWith("id=" + id + " tenants=[acme]");
            assertThat(client.get("/migration/actions?limit=0").statusCode()).isEqualTo(400);
            HttpResponse<String> asTenant = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.uri()
                    .resolve("/migration/actions")).header("Authorization", "Bearer " + TestTokens.key("acme")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(asTenant.statusCode()).as("a tenant key is no operator credential").isEqualTo(403);
        }
    }

    @Test
    void shouldKeepOnlyTheNewestWhenMoreThanTheCapacityAreAdded(TestStores stores) {
        MongoOperatorActionStore store = new MongoOperatorActionStore(stores.mongo(), "g2d_actions_test", 5);
        for (int i = 0; i < 12; i++) {
            store.add(new OperatorAction(Instant.ofEpochSecond(i), "ops", "copy.pause", "n=" + i));
        }
        assertThat(store.recent(100)).extracting(OperatorAction::detail).containsExactly("n=11", "n=10", "n=9", "n=8", "n=7");
        stores.mongo().getDatabase("g2d_actions_test").drop();
    }
}
