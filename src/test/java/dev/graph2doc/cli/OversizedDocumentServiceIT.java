package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoreFingerprint;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * One root of a few hundred renders to more than 16 MiB: serve refuses the mapping unless the risk is accepted; the
 * copy then writes the others, names that root as unwritable with its size, and the gate to FORK_WRITES names it.
 */
@ExtendWith(StoresExtension.class)
class OversizedDocumentServiceIT {

    private static final String MAPPING = """
            tenant: { fixed: solo }
            target: { layout: database-per-tenant, databasePrefix: "big_" }
            collections:
              - name: things
                root: Thing
                key: id
                fields: "*"
            """;

    private TestStores stores;
    private Path mapping;

    @BeforeEach
    void graph(TestStores stores, @TempDir Path dir) throws Exception {
        this.stores = stores;
        stores.clear();
        mapping = Files.writeString(dir.resolve("things.yaml"), MAPPING);
        try (Session session = stores.neo4j().session()) {
            session.run("UNWIND range(1, 300) AS i CREATE (:Thing {id: 't-' + right('00' + i, 3), n: i})").consume();
            session.run("MATCH (t:Thing {id: 't-150'}) SET t.blob = reduce(s = 'x', i IN range(1, 24) | s + s)").consume();
        }
    }

    @Test
    void shouldRefuseAtStartUpThenCopyTheOthersAndNameTheRootWhenOneDocumentIsOverSixteenMebibytes() throws Exception {
        String before = StoreFingerprint.of(stores);
        Throwable refused = catchThrowable(() -> RunningService.start(properties(false), Optional.empty(), l -> { }).close());
        assertThat(refused).isInstanceOf(ServiceStartupException.class).hasMessageContaining("danger")
                .hasMessageContaining("'t-150'").hasMessageContaining("accept-risk");
        assertThat(StoreFingerprint.of(stores)).as("neither store changed").isEqualTo(before);

        try (RunningService service = RunningService.start(properties(true), Optional.empty(), l -> { })) {
            ServiceClient client = new ServiceClient(service.uri());
            assertThat(move(client, "COPY").statusCode()).isEqualTo(200);
            assertThat(client.post("/migration/copy", "{}").statusCode()).isEqualTo(202);
            JsonNode things = awaitEnded(client);

            assertThat(things.get("state").asText()).isEqualTo("COMPLETE_WITH_FINDINGS");
            assertThat(things.get("findings").asLong()).isEqualTo(1);
            JsonNode finding = things.at("/findingExamples/0");
            assertThat(finding.get("key").asText()).isEqualTo("t-150");
            assertThat(finding.get("kind").asText()).isEqualTo("unwritable");
            assertThat(finding.get("bytes").asLong()).isGreaterThan(16L * 1024 * 1024);
            assertThat(stores.mongo().getDatabase("big_solo").getCollection("things").countDocuments()).isEqualTo(299);
            assertThat(awaitMetric(client, "graph2doc_copy_findings{collection=\"things\",tenant=\"solo\"} 1.0")).isTrue();

            HttpResponse<String> gate = move(client, "FORK_WRITES");
            assertThat(gate.statusCode()).isEqualTo(409);
            assertThat(gate.body()).contains("unwritable: things 't-150' (" + finding.get("bytes").asLong() + " bytes)");
        }
    }

    private static HttpResponse<String> move(ServiceClient client, String phase) throws Exception {
        return client.post("/migration/transitions", "{\"to\":\"" + phase + "\",\"tenants\":[\"solo\"]}");
    }

    /** The gauges are refreshed from the copy state on a schedule (every 100 ms here), not at each scrape. */
    private static boolean awaitMetric(ServiceClient client, String line) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            if (client.get("/prometheus").body().contains(line)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static JsonNode awaitEnded(ServiceClient client) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            JsonNode things = ServiceClient.JSON.readTree(client.get("/migration/copy").body()).at("/collections/0");
            if (things.has("state") && things.get("state").asText().startsWith("COMPLETE")) {
                return things;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("copy not ended within 90 s: " + client.get("/migration/copy").body());
    }

    private Map<String, Object> properties(boolean acceptRisk) {
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, "graph2doc.mapping", mapping.toString(),
                "graph2doc.copy.poll-interval", "50ms", "graph2doc.metrics.copy-refresh", "100ms",
                "graph2doc.mapping.accept-risk", acceptRisk));
        return properties;
    }
}
