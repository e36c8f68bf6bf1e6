package dev.graph2doc.api;

import static dev.graph2doc.testing.ServiceClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole walk for one tenant, every gate met rather than forced, under a steady load of writes and reads; then
 * Neo4j goes away (its connection cut) and the unforked tenant's reads and writes keep working from MongoDB.
 */
@ExtendWith(StoresExtension.class)
class UnforkWalkIT {

    private static final int DEVICES = 10;

    private final Map<String, Integer> ledger = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean loading = new AtomicBoolean(true);

    @Test
    void shouldWalkToUnforkedUnderLoadAndKeepServingWhenNeo4jIsGone(TestStores stores) throws Exception {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC())
                .seed(new FleetSpec(2, DEVICES, 1, 11L), m -> { });
        URI neo4j = URI.create(stores.neo4jUri());
        try (LoopbackProxy proxy = new LoopbackProxy(neo4j.getHost(), neo4j.getPort());
             RunningService service = RunningService.start(properties(stores, proxy), Optional.empty(), line -> { })) {
            ServiceClient client = new ServiceClient(service.uri());
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<Integer> load = pool.submit(() -> load(client));
            try {
                walk(client);
                proxy.cut();
                int before = ledger.size() + failures.size();
                Thread.sleep(1500); // the load keeps going without Neo4j
                loading.set(false);
                int requests = load.get();
                assertThat(failures).as("every request answered 2xx, before and after Neo4j went").isEmpty();
                assertThat(requests).isGreaterThan(before);
            } finally {
                loading.set(false);
                pool.shutdownNow();
            }
            assertThat(client.get("/v1/tenants/acme/collections/devices/d-000001").statusCode()).isEqualTo(200);
            var devices = stores.mongo().getDatabase("fleet_acme").getCollection("devices");
            ledger.forEach((key, battery) -> assertThat(devices.find(new Document("_id", key)).first()
                    .get("batteryPct", Number.class).intValue()).as("last acknowledged write to %s", key).isEqualTo(battery));
            JsonNode history = JSON.readTree(client.get("/migration/history?tenant=acme").body());
            assertThat(history).hasSize(5).allSatisfy(change -> assertThat(change.get("forced").asBoolean()).isFalse());
        }
    }

    private static Map<String, Object> properties(TestStores stores, LoopbackProxy neo4j) {
        Map<String, Object> p = new HashMap<>(stores.properties());
        p.putAll(Map.of("micronaut.server.port", 0, "neo4j.uri", "bolt://127.0.0.1:" + neo4j.port(),
                "graph2doc.copy.poll-interval", "50ms", "graph2doc.verify.poll-interval", "50ms",
                "graph2doc.read.compare.sample-ratio.fork-writes", 1.0,
                "graph2doc.read.compare.sample-ratio.swap-reads", 1.0,
                "graph2doc.read.compare.tally-flush-interval", "100ms", "graph2doc.phase.gates.min-comparisons", 20,
                "graph2doc.phase.gates.min-compare-duration", "2s", "graph2doc.repair.grace", "100ms"));
        return p;
    }

    /** GRAPH_ONLY → UNFORKED as an operator: copy, verify, and retry each refused move until its gates are met. */
    private void walk(ServiceClient client) throws Exception {
        move(client, "COPY");
        retry(() -> client.post("/migration/copy", "{\"tenants\":[\"acme\"]}"), 202, "copy");
        client.awaitCopied(List.of("acme"));
        move(client, "FORK_WRITES");
        move(client, "SWAP_READS");
        move(client, "COMPARE");
        String id = JSON.readTree(client.post("/migration/verifications", "{\"tenants\":[\"acme\"]}").body())
                .get("id").asText();
        JsonNode run = await(client, "/migration/verifications/" + id);
        assertThat(run.at("/totals/missing").asLong() + run.at("/totals/mismatched").asLong()).as(run.toString()).isZero();
        move(client, "UNFORKED");
        awaitMongoAlone(client);
    }

    /**
     * What an operator waits for before shutting Neo4j down: no instance pending, and writes answered as UNFORKED
     * (until every instance applies it and the backlog is drained, unforked writes still go to both stores).
     */
    private static void awaitMongoAlone(ServiceClient client) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            JsonNode acme = JSON.readTree(client.get("/migration").body()).at("/tenants/0");
            HttpResponse<String> write = client.mutate("acme", "[{\"op\":\"upsertNode\",\"label\":\"Device\","
                    + "\"key\":\"d-probe\",\"properties\":{\"model\":\"probe\"}}]");
            if (!acme.get("pending").asBoolean() && JSON.readTree(write.body()).get("phase").asText().equals("UNFORKED")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("acme's writes did not go to MongoDB alone within 30 s: " + client.get("/migration").body());
    }

    private static void move(ServiceClient client, String phase) throws Exception {
        retry(() -> client.post("/migration/transitions", "{\"to\":\"" + phase
                + "\",\"tenants\":[\"acme\"],\"reason\":\"walk\",\"confirm\":\"acme\"}"), 200, "move to " + phase);
    }

    /** Repeats a request an operator would repeat while it answers 409 (a gate or an instance not there yet). */
    private static void retry(java.util.concurrent.Callable<HttpResponse<String>> request, int ok, String what)
            throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> answer;
        do {
            answer = request.call();
            if (answer.statusCode() == ok) {
                return;
            }
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(what + " still refused after 60 s: " + answer.body());
    }

    private static JsonNode await(ServiceClient client, String path) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonNode node = JSON.readTree(client.get(path).body());
            if (!node.get("state").asText().equals("RUNNING")) {
                return node;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " still running after 60 s");
    }

    /** One write and two reads per round, bounded in count; the ledger keeps each device's last acknowledged value. */
    private int load(ServiceClient client) throws Exception {
        int requests = 0;
        for (int i = 0; loading.get() && i < 20_000; i++) {
            String key = String.format("d-%06d", 1 + i % DEVICES);
            HttpResponse<String> write = client.mutate("acme", "[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\""
                    + key + "\",\"properties\":{\"batteryPct\":" + i + "}}]");
            record("write " + key, write);
            if (write.statusCode() == 200) {
                ledger.put(key, i);
            }
            record("read " + key, client.get("/v1/tenants/acme/collections/devices/" + key));
            record("read bin", client.get("/v1/tenants/acme/collections/bins/b-00000" + (1 + i % 5)));
            requests += 3;
            Thread.sleep(5);
        }
        return requests;
    }

    private void record(String what, HttpResponse<String> answer) {
        if (answer.statusCode() / 100 != 2) {
            failures.add(what + " → " + answer.statusCode() + " " + answer.body());
        }
    }
}
