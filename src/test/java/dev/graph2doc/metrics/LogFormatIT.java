package dev.graph2doc.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.ServiceProcess;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code serve} with {@code GRAPH2DOC_LOG_FORMAT=json}: a transition, a repair batch and a verification result are
 * each one JSON line carrying tenant (and collection) as fields; the requests that caused them are not logged.
 */
@ExtendWith(StoresExtension.class)
class LogFormatIT {

    @Test
    void shouldLogOneJsonLinePerTransitionRepairBatchAndVerificationResultWhenTheFormatIsJson(TestStores stores)
            throws Exception {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 4, 1, 3L), m -> { });
        Map<String, String> env = new HashMap<>(stores.environment());
        env.put("GRAPH2DOC_LOG_FORMAT", "json");
        env.put("JAVA_TOOL_OPTIONS", "-Dgraph2doc.repair.grace=100ms -Dgraph2doc.verify.poll-interval=100ms");
        try (ServiceProcess service = ServiceProcess.serve(env, Duration.ofSeconds(120))) {
            ServiceClient client = new ServiceClient(service.uri("/"));
            assertThat(client.post("/migration/transitions", "{\"to\":\"COPY\",\"tenants\":[\"acme\"],\"force\":true,"
                    + "\"reason\":\"log check\",\"confirm\":\"acme\"}").statusCode()).isEqualTo(200);
            assertThat(client.mutate("acme", "[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\"d-000001\","
                    + "\"properties\":{\"model\":\"logged\"}}]").statusCode()).isEqualTo(200);
            assertThat(client.post("/migration/verifications", "{\"tenants\":[\"acme\"],\"collections\":[\"devices\"]}")
                    .statusCode()).isEqualTo(202);
            assertThat(client.get("/v1/tenants/acme/collections/devices/d-000002").statusCode()).isEqualTo(200);

            JsonNode transition = awaitEvent(service, e -> e.path("event").asText().equals("phase_transition"));
            assertThat(transition.path("level").asText()).isEqualTo("INFO");
            assertThat(transition.path("tenant").asText()).isEqualTo("acme");
            assertThat(transition.path("from").asText()).isEqualTo("GRAPH_ONLY");
            assertThat(transition.path("to").asText()).isEqualTo("COPY");
            assertThat(transition.path("automatic").asBoolean(true)).isFalse();
            assertThat(transition.path("reason").asText()).isEqualTo("log check");
            assertThat(transition.path("message").asText()).contains("tenant=acme GRAPH_ONLY -> COPY");

            JsonNode repair = awaitEvent(service, e -> e.path("event").asText().equals("repair_batch")
                    && e.path("collection").asText().equals("devices"));
            assertThat(repair.path("tenant").asText()).isEqualTo("acme");
            assertThat(repair.path("documents").asLong()).isPositive();

            JsonNode verified = awaitEvent(service, e -> e.path("event").asText().equals("verification_result"));
            assertThat(verified.path("tenant").asText()).isEqualTo("acme");
            assertThat(verified.path("collection").asText()).isEqualTo("devices");
            assertThat(verified.has("clean")).isTrue();

            assertThat(service.output()).as("no line per request").doesNotContain("/v1/tenants/acme/collections/devices");
        }
    }

    private static JsonNode awaitEvent(ServiceProcess service, Predicate<JsonNode> event) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            for (JsonNode line : jsonLines(service.output())) {
                if (event.test(line)) {
                    return line;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no such JSON log line within 60 s:\n" + service.output());
            }
            Thread.sleep(100);
        }
    }

    /** The lines logback wrote (the JVM and {@code serve}'s own banner print plain text beside them). */
    private static List<JsonNode> jsonLines(String output) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.lines().filter(l -> l.startsWith("{")).toList()) {
            lines.add(ServiceClient.JSON.readTree(line));
        }
        return lines;
    }
}
