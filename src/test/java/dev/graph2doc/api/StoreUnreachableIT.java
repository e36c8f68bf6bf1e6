package dev.graph2doc.api;

import com.mongodb.ConnectionString;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.rehearse.LoopbackProxy;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An instance cut off from a store answers 503 naming the store and the cause, with {@code Retry-After}, on every
 * endpoint that needs the store — never a generic 500. The store is reached through a proxy that is cut after start-up.
 */
@ExtendWith(StoresExtension.class)
class StoreUnreachableIT {

    /** The drivers give up after this (graph2doc.startup.connect-timeout), so the test stays short. */
    private static final String DRIVER_TIMEOUT = "1s";
    private static final String READ = "/v1/tenants/acme/collections/devices/d-000001";

    private TestStores stores;

    @BeforeEach
    void seed(TestStores stores) {
        this.stores = stores;
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 5, 1, 3L), m -> { });
    }

    @Test
    void shouldAnswer503NamingMongoDbOnEveryEndpointWhenMongoDbIsUnreachable() throws Exception {
        String mongoHost = new ConnectionString(stores.mongoUri()).getHosts().get(0);
        try (LoopbackProxy mongo = new LoopbackProxy(mongoHost.split(":")[0], Integer.parseInt(mongoHost.split(":")[1]));
             RunningService service = RunningService.start(properties("mongodb.uri",
                     "mongodb://127.0.0.1:" + mongo.port() + "/?directConnection=true"), Optional.empty(), line -> { })) {
            ServiceClient client = new ServiceClient(service.uri());
            client.moveTo(List.of("acme"), "SWAP_READS"); // MongoDB serves the tenant's reads
            mongo.cut();

            assertUnavailable(client, List.of("/migration/phases", "/migration", READ), "MongoDB");
        }
    }

    @Test
    void shouldAnswer503NamingNeo4jOnEveryEndpointWhenNeo4jIsUnreachable() throws Exception {
        URI neo4jUri = URI.create(stores.neo4jUri());
        try (LoopbackProxy neo4j = new LoopbackProxy(neo4jUri.getHost(), neo4jUri.getPort());
             RunningService service = RunningService.start(properties("neo4j.uri", "bolt://127.0.0.1:" + neo4j.port()),
                     Optional.empty(), line -> { })) {
            neo4j.cut(); // the tenant is in GRAPH_ONLY: Neo4j serves its reads, and lists the tenants

            assertUnavailable(new ServiceClient(service.uri()), List.of("/migration/phases", "/migration", READ), "Neo4j");
        }
    }

    private static void assertUnavailable(ServiceClient client, List<String> paths, String store) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String path : paths) {
            long began = System.nanoTime();
            HttpResponse<String> answer = client.get(path);
            long tookMillis = (System.nanoTime() - began) / 1_000_000;
            softly.assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(503);
            softly.assertThat(answer.headers().firstValue("Retry-After")).as("GET %s Retry-After", path).hasValue("5");
            softly.assertThat(answer.headers().firstValue("Content-Type")).as("GET %s", path)
                    .hasValue("application/problem+json");
            softly.assertThat(answer.body()).as("GET %s error", path)
                    .contains("\"type\":\"urn:graph2doc:problem:store-unavailable\"")
                    .contains("\"detail\":\"" + store).contains("retry");
            softly.assertThat(tookMillis).as("GET %s answered within the drivers' timeout and a margin (ms)", path)
                    .isLessThan(5_000);
        }
        softly.assertAll();
    }

    private Map<String, Object> properties(String store, String proxied) {
        Map<String, Object> p = new HashMap<>(stores.properties());
        p.putAll(Map.of("micronaut.server.port", 0, "graph2doc.copy.poll-interval", "50ms", store, proxied,
                "graph2doc.startup.connect-timeout", DRIVER_TIMEOUT));
        return p;
    }
}
