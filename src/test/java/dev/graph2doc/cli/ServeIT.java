package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import dev.graph2doc.wiring.StoreConnections;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StoresExtension.class)
class ServeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldServeHealthWithBothEmbeddedStoresUpWhenNoUrisAreConfigured() throws Exception {
        List<String> out = new ArrayList<>();
        FleetSpec spec = new FleetSpec(2, 20, 2, 1L);
        try (RunningService service = RunningService.start(Map.of("micronaut.server.port", 0), Optional.of(spec), out::add)) {
            JsonNode health = getJson(service.uri().resolve("/health"));

            assertThat(health.path("status").asText()).isEqualTo("UP");
            assertThat(health.at("/details/neo4j/status").asText()).isEqualTo("UP");
            assertThat(health.at("/details/neo4j/details/embedded").asBoolean()).isTrue();
            assertThat(health.at("/details/mongodb/status").asText()).isEqualTo("UP");
            assertThat(health.at("/details/mongodb/details/uri").asText()).startsWith("mongodb://127.0.0.1:");
            assertThat(out).first().asString().startsWith("seeded 2 tenant(s) [acme, globex]");
            assertThat(out).contains("mapping: migrations/fleet.yaml (5 collections)");
            StoreConnections stores = service.context().getBean(StoreConnections.class);
            assertThat(new Neo4jFleetGraphStore(stores.neo4j()).count("globex"))
                    .isEqualTo(new FleetSpec(1, 20, 2, 1L).expectedCounts());
            assertThat(stores.describe()).matches(
                    "stores: neo4j=bolt://127\\.0\\.0\\.1:\\d+ \\(embedded\\) mongodb=mongodb://127\\.0\\.0\\.1:\\d+ \\(embedded\\)");
        }
    }

    @Test
    void shouldUseTheConfiguredStoresAndServePrometheusWhenUrisAreSet(TestStores stores) throws Exception {
        stores.clear(); // the fleet mapping is checked against the live graph; other tests leave other graphs
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.put("micronaut.server.port", 0);
        try (RunningService service = RunningService.start(properties, Optional.empty(), line -> { })) {
            JsonNode health = getJson(service.uri().resolve("/health"));
            HttpResponse<String> metrics = get(service.uri().resolve("/prometheus"));

            assertThat(health.at("/details/neo4j/status").asText()).isEqualTo("UP");
            assertThat(health.at("/details/neo4j/details/embedded").asBoolean()).isFalse();
            assertThat(health.at("/details/neo4j/details/uri").asText()).isEqualTo(stores.neo4jUri());
            assertThat(health.at("/details/mongodb/status").asText()).isEqualTo("UP");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        }
    }

    private static JsonNode getJson(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = get(uri);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
