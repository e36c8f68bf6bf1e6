package dev.graph2doc.api;

import static dev.graph2doc.testing.ServiceClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.phase.InstanceRegistry;
import dev.graph2doc.phase.PolledTenantPhases;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two instances on the same stores while a forward transition is pending: {@code lead} applies the new phase at once,
 * {@code lagging} polls phases only when told to. Both write the same documents, each its own property; MongoDB
 * must end with every acknowledged write whichever mix of adjacent phases served them.
 */
@ExtendWith(StoresExtension.class)
class AdjacentPhasesIT {

    private static final List<String> BINS = List.of("b-000001", "b-000002", "b-000003", "b-000004");
    private static final int ROUNDS = 25;

    private TestStores stores;
    private RunningService lead;
    private RunningService lagging;

    @BeforeEach
    void start(TestStores stores) throws Exception {
        this.stores = stores;
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 8, 1, 3L), m -> { });
        lead = RunningService.start(properties("lead", "100ms"), Optional.empty(), line -> { });
        lagging = RunningService.start(properties("lagging", "1h"), Optional.empty(), line -> { });
    }

    /** Both instances walk acme to {@code phase}, every step applied by both. */
    private void walkBothTo(String phase) throws Exception {
        ServiceClient operator = new ServiceClient(lead.uri());
        List<String> walk = List.of("COPY", "FORK_WRITES", "SWAP_READS", "COMPARE");
        for (String next : walk.subList(0, walk.indexOf(phase) + 1)) {
            if (next.equals("FORK_WRITES")) { // the lead copies: the lagging instance applies COPY already
                operator.post("/migration/copy", "{\"tenants\":[\"acme\"]}");
                operator.awaitCopied(List.of("acme"));
            }
            HttpResponse<String> moved = operator.post("/migration/transitions", "{\"to\":\"" + next
                    + "\",\"tenants\":[\"acme\"],\"force\":true,\"reason\":\"test walk\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            catchUp();
        }
    }

    private Map<String, Object> properties(String id, String poll) {
        Map<String, Object> p = new HashMap<>(stores.properties());
        p.putAll(Map.of("micronaut.server.port", 0, "graph2doc.copy.poll-interval", "50ms", "graph2doc.instance-id", id,
                "graph2doc.phase.poll-interval", poll, "graph2doc.phase.auto-step-back.enabled", false,
                // a heartbeat refreshes the phases too: the lagging instance beats only when told to (catchUp), and
                // the instance timeout (with the fence at 60% of it) is long enough that nobody drops or fences it
                "graph2doc.phase.instance-timeout", "5h"));
        if (poll.equals("1h")) {
            p.put("graph2doc.phase.heartbeat-interval", "1h");
        }
        return p;
    }

    @AfterEach
    void stop() {
        lagging.close();
        lead.close();
    }

    @ParameterizedTest
    @CsvSource({"COPY, FORK_WRITES, FORK_WRITES, FORK_WRITES", "FORK_WRITES, SWAP_READS, SWAP_READS, SWAP_READS",
            "SWAP_READS, COMPARE, COMPARE, COMPARE", "COMPARE, UNFORKED, COMPARE, UNFORKED"})
    void shouldKeepEveryWriteWhenTwoInstancesApplyAdjacentPhases(String from, String to, String leadWhilePending,
                                                                 String leadAfter) throws Exception {
        walkBothTo(from);
        if (to.equals("FORK_WRITES")) {
            new ServiceClient(lead.uri()).post("/migration/copy", "{\"tenants\":[\"acme\"]}");
            new ServiceClient(lead.uri()).awaitCopied(List.of("acme"));
        }
        HttpResponse<String> moved = new ServiceClient(lead.uri()).post("/migration/transitions", "{\"to\":\"" + to
                + "\",\"tenants\":[\"acme\"],\"force\":true,\"reason\":\"test\",\"confirm\":\"acme\"}");
        assertThat(JSON.readTree(moved.body()).at("/tenants/0/pendingOn").toString()).as(moved.body())
                .isEqualTo("[\"lagging\"]");

        assertThat(race(0)).as("the lead's writes while %s is pending on the lagging instance", to)
                .containsOnly(leadWhilePending);
        catchUp();
        assertThat(race(ROUNDS)).as("the lead's writes once every instance applies %s", to).containsOnly(leadAfter);

        awaitBacklogDrained();
        for (String bin : BINS) {
            Document doc = stores.mongo().getDatabase("fleet_acme").getCollection("bins").find(new Document("_id", bin)).first();
            assertThat(doc.get("fillLevel", Number.class).intValue()).as("lead's last write to %s", bin)
                    .isEqualTo(2 * ROUNDS - 1);
            assertThat(doc.get("capacityLitres", Number.class).intValue()).as("lagging's last write to %s", bin)
                    .isEqualTo(1000 + 2 * ROUNDS - 1);
        }
    }

    /** Both instances write every bin ROUNDS times, each its own property; the phases the lead's writes ran under. */
    private List<String> race(int from) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> a = pool.submit(() -> write(lead, "fillLevel", from));
            Future<List<String>> b = pool.submit(() -> write(lagging, "capacityLitres", 1000 + from));
            b.get();
            return a.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> write(RunningService service, String property, int base) throws Exception {
        ServiceClient client = new ServiceClient(service.uri());
        List<String> phases = new java.util.ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String bin : BINS) {
                HttpResponse<String> r = client.mutate("acme", "[{\"op\":\"upsertNode\",\"label\":\"Bin\",\"key\":\""
                        + bin + "\",\"properties\":{\"" + property + "\":" + (base + round) + "}}]");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                JsonNode receipt = JSON.readTree(r.body());
                phases.add(receipt.get("phase").asText());
            }
        }
        return phases;
    }

    private void awaitBacklogDrained() throws Exception {
        var outbox = lead.context().getBean(dev.graph2doc.write.WriteOutbox.class);
        for (int i = 0; i < 300 && outbox.backlog("acme").documents() > 0; i++) {
            Thread.sleep(100); // captured and failed writes are repaired by the workers
        }
        assertThat(outbox.backlog("acme").documents()).as("repair backlog after 30 s").isZero();
    }

    /** The lagging instance applies the stored phases and reports it, as its next poll and heartbeat would. */
    private void catchUp() {
        lagging.context().getBean(PolledTenantPhases.class).refresh();
        lagging.context().getBean(InstanceRegistry.class).beat();
    }
}
