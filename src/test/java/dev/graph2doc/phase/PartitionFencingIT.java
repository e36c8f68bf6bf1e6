package dev.graph2doc.phase;

import static dev.graph2doc.testing.ServiceClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.ConnectionString;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.rehearse.LoopbackProxy;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import dev.graph2doc.write.WriteOutbox;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19's partition: two instances, B reaching MongoDB (data and control database) through a proxy that is cut
 * while the tenant is in COMPARE; meanwhile A moves the tenant to UNFORKED. B must fence itself (503) before A may
 * write MongoDB alone, and once the cut heals MongoDB holds every acknowledged write: B's to {@code fillLevel}, A's
 * to {@code capacityLitres}, on the same bins.
 */
@ExtendWith(StoresExtension.class)
class PartitionFencingIT {

    static final List<String> BINS = List.of("b-000001", "b-000002", "b-000003", "b-000004");
    static final Duration FENCE_AFTER = Duration.ofMillis(1800); // 60% of the 3 s instance timeout below
    private static final Duration CUT_FOR = Duration.ofSeconds(6);

    /** From COMPARE to UNFORKED: B must fence itself before A writes MongoDB alone. */
    @Test
    void shouldFenceTheCutOffInstanceAndKeepEveryAcknowledgedWriteWhenTheTenantIsUnforkedMeanwhile(TestStores stores)
            throws Exception {
        run(stores, "COMPARE", "UNFORKED");
    }

    /** From GRAPH_ONLY to COPY: no write B accepts escapes the capture (G2); the copy starts after B's fence. */
    @Test
    void shouldFenceTheCutOffInstanceAndCopyEveryAcknowledgedWriteWhenTheTenantStartsCopyingMeanwhile(TestStores stores)
            throws Exception {
        run(stores, "GRAPH_ONLY", "COPY");
    }

    /** From COPY to FORK_WRITES: B's captured writes and A's forked ones all reach MongoDB. */
    @Test
    void shouldFenceTheCutOffInstanceAndKeepEveryAcknowledgedWriteWhenWritesAreForkedMeanwhile(TestStores stores)
            throws Exception {
        run(stores, "COPY", "FORK_WRITES");
    }

    private void run(TestStores stores, String from, String to) throws Exception {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 8, 1, 3L), m -> { });
        String host = new ConnectionString(stores.mongoUri()).getHosts().get(0);
        try (LoopbackProxy toMongo = new LoopbackProxy(host.split(":")[0], Integer.parseInt(host.split(":")[1]));
             RunningService a = RunningService.start(properties(stores, "a", stores.mongoUri()), Optional.empty(), l -> { });
             RunningService b = RunningService.start(properties(stores, "b", "mongodb://127.0.0.1:" + toMongo.port()
                     + "/?directConnection=true"), Optional.empty(), l -> { })) {
            ServiceClient operator = new ServiceClient(a.uri());
            walkTo(operator, from);
            if (from.equals("COPY")) {
                copy(operator);
            }
            PartitionWriters writers = new PartitionWriters(a.uri(), b.uri());
            writers.startB();
            Thread.sleep(300);
            long cutAt = System.nanoTime();
            toMongo.cut();
            HttpResponse<String> moved = operator.post("/migration/transitions", "{\"to\":\"" + to + "\",\"tenants\":"
                    + "[\"acme\"],\"force\":true,\"reason\":\"partition test\",\"confirm\":\"acme\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            assertThat(JSON.readTree(moved.body()).at("/tenants/0/waitingFor/0").asText()).as(moved.body())
                    .startsWith("b applies ").contains("its own fence has certainly passed");
            writers.startA();
            if (to.equals("COPY")) {
                long copyAt = copy(operator);
                assertThat(copyAt - cutAt).as("the copy started only after B's fence").isGreaterThan(FENCE_AFTER.toNanos());
            }
            Thread.sleep(CUT_FOR.toMillis());
            writers.stop();
            HttpResponse<String> health = new ServiceClient(b.uri()).get("/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).as("B's health while cut").contains("FENCED");

            assertThat(writers.fencedAnswersOfB()).as("B answered 503 fenced while cut").isPositive();
            assertThat(writers.acknowledgedByBStartedAfter(cutAt + FENCE_AFTER.toNanos()))
                    .as("writes B acknowledged that it started after its fence time").isEmpty();
            if (to.equals("UNFORKED")) {
                assertThat(writers.firstUnforkedAnswerOfA() - cutAt).as("A wrote MongoDB alone only after B's fence")
                        .isGreaterThan(FENCE_AFTER.toNanos());
            } else {
                walkOn(operator, to);
            }
            awaitBacklogDrained(a);
            Double conflicts = operator.metric("graph2doc_repairs_total{outcome=\"conflict\",tenant=\"acme\"}");
            assertThat(conflicts == null ? 0.0 : conflicts).as("repairs that met a document MongoDB alone wrote").isZero();
            for (String bin : BINS) {
                Document doc = document(stores, bin);
                assertThat(doc.get("fillLevel", Number.class).intValue()).as("B's last acknowledged fillLevel of %s", bin)
                        .isBetween(writers.lastAcknowledgedByB(), writers.lastSentByB());
                assertThat(doc.get("capacityLitres", Number.class).intValue()).as("A's last acknowledged capacity of %s",
                        bin).isEqualTo(writers.lastAcknowledgedByA());
            }

            toMongo.restore();
            awaitUnfenced(b.uri());
            assertThat(new ServiceClient(b.uri()).metric("graph2doc_fenced_seconds_total")).as("B's fenced seconds")
                    .isGreaterThan(1.0);
            writers.writeOnceOnB(10_000);
            assertThat(writers.lastPhaseOfB()).as("B's first write after the cut healed")
                    .isEqualTo("200 " + (to.equals("COPY") ? "FORK_WRITES" : to));
        }
    }

    /** Starts a copy (refused while an instance may still write uncaptured) and waits for it; returns when it began. */
    private static long copy(ServiceClient operator) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> copy;
        do {
            copy = operator.post("/migration/copy", "{\"tenants\":[\"acme\"]}");
        } while (copy.statusCode() >= 300 && System.nanoTime() < deadline && sleep(100));
        assertThat(copy.statusCode()).as(copy.body()).isBetween(200, 202);
        long started = System.nanoTime();
        operator.awaitCopied(List.of("acme"));
        return started;
    }

    /** A forked phase afterwards, so that what COPY captured is repaired into MongoDB and can be checked there. */
    private static void walkOn(ServiceClient operator, String from) throws Exception {
        if (from.equals("COPY")) {
            HttpResponse<String> moved = operator.post("/migration/transitions", "{\"to\":\"FORK_WRITES\",\"tenants\":"
                    + "[\"acme\"],\"force\":true,\"reason\":\"partition test\",\"confirm\":\"acme\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        }
    }

    private static void awaitBacklogDrained(RunningService a) throws InterruptedException {
        WriteOutbox outbox = a.context().getBean(WriteOutbox.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (outbox.backlog("acme").documents() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(outbox.backlog("acme").documents()).as("backlog drained by A").isZero();
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    private static Document document(TestStores stores, String bin) {
        return stores.mongo().getDatabase("fleet_acme").getCollection("bins").find(new Document("_id", bin)).first();
    }

    static Map<String, Object> properties(TestStores stores, String id, String mongoUri) {
        Map<String, Object> p = new HashMap<>(stores.properties());
        p.putAll(Map.of("micronaut.server.port", 0, "graph2doc.instance-id", id, "mongodb.uri", mongoUri,
                "graph2doc.phase.poll-interval", "250ms", "graph2doc.phase.heartbeat-interval", "500ms",
                "graph2doc.phase.instance-timeout", "3s", "graph2doc.startup.connect-timeout", "1s"));
        p.putAll(Map.of("graph2doc.copy.poll-interval", "50ms", "graph2doc.repair.grace", "0s",
                "graph2doc.repair.poll-interval", "20ms", "graph2doc.phase.auto-step-back.enabled", false));
        p.putAll(Map.of("graph2doc.write.mongodb.timeout", "300ms", "graph2doc.write.mongodb.breaker.open-for", "1s"));
        return p;
    }

    /** Forward through the phases, each one applied by both instances before the next. */
    static void walkTo(ServiceClient operator, String phase) throws Exception {
        List<String> order = List.of("COPY", "FORK_WRITES", "SWAP_READS", "COMPARE", "UNFORKED");
        for (String next : order.subList(0, order.indexOf(phase) + 1)) {
            if (next.equals("FORK_WRITES")) {
                HttpResponse<String> copy = operator.post("/migration/copy", "{\"tenants\":[\"acme\"]}");
                assertThat(copy.statusCode()).as(copy.body()).isBetween(200, 202);
                operator.awaitCopied(List.of("acme"));
            }
            HttpResponse<String> moved = operator.post("/migration/transitions", "{\"to\":\"" + next + "\",\"tenants\":"
                    + "[\"acme\"],\"force\":true,\"reason\":\"test walk\",\"confirm\":\"acme\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            awaitNotPending(operator);
        }
    }

    static void awaitNotPending(ServiceClient operator) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode phases;
        do {
            Thread.sleep(100);
            phases = JSON.readTree(operator.get("/migration/phases").body());
        } while (phases.at("/tenants/0/pending").asBoolean(true) && System.nanoTime() < deadline);
        assertThat(phases.at("/tenants/0/pending").asBoolean(true)).as(phases.toString()).isFalse();
    }

    static void awaitUnfenced(URI instance) throws Exception {
        ServiceClient client = new ServiceClient(instance);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String health;
        do {
            Thread.sleep(200);
            health = client.get("/health").body();
        } while (health.contains("FENCED") && System.nanoTime() < deadline);
        assertThat(health).as("B's health once the cut healed").doesNotContain("FENCED");
    }
}
