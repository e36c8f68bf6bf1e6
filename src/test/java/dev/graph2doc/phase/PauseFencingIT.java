package dev.graph2doc.phase;

import static dev.graph2doc.testing.ServiceClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.ServiceProcess;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pause that breaks naive leases: instance B is stopped (SIGSTOP) past its fence, the others drop it and unfork
 * the tenant, then B continues. A write sent to B while it was stopped is the first it answers: refused, or answered
 * under the current phase — never under the phase B held before the pause.
 */
@ExtendWith(StoresExtension.class)
class PauseFencingIT {

    private static final String BIN = "b-000001";

    @Test
    void shouldRefuseOrServeUnderTheCurrentPhaseTheFirstWriteAnsweredAfterAPausePastTheFence(TestStores stores)
            throws Exception {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 8, 1, 3L), m -> { });
        try (RunningService a = RunningService.start(PartitionFencingIT.properties(stores, "a", stores.mongoUri()),
                Optional.empty(), l -> { });
             ServiceProcess b = ServiceProcess.serve(environment(stores), Duration.ofSeconds(90))) {
            ServiceClient operator = new ServiceClient(a.uri());
            ServiceClient toB = new ServiceClient(b.uri("/"));
            PartitionFencingIT.walkTo(operator, "COMPARE");
            assertThat(write(toB, "fillLevel", 1).statusCode()).isEqualTo(200);

            signal("STOP", b.pid());
            Thread.sleep(3_500); // past B's fence (1.8 s) and the instance timeout (3 s): A drops B
            HttpResponse<String> moved = operator.post("/migration/transitions", "{\"to\":\"UNFORKED\",\"tenants\":"
                    + "[\"acme\"],\"force\":true,\"reason\":\"pause test\",\"confirm\":\"acme\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            HttpResponse<String> byA = write(operator, "capacityLitres", 500);
            assertThat(JSON.readTree(byA.body()).path("phase").asText()).as(byA.body()).isEqualTo("UNFORKED");

            CompletableFuture<HttpResponse<String>> queued = CompletableFuture.supplyAsync(() -> write(toB, "fillLevel", 2));
            Thread.sleep(300); // the request waits in B's socket while B is stopped
            signal("CONT", b.pid());
            HttpResponse<String> first = queued.get(30, TimeUnit.SECONDS);
            String phase = first.statusCode() == 200 ? JSON.readTree(first.body()).path("phase").asText() : "";
            assertThat(first.statusCode() == 503 && first.body().contains("\"fenced\":true") || phase.equals("UNFORKED"))
                    .as("B's first answer after the pause: %s %s", first.statusCode(), first.body()).isTrue();

            PartitionFencingIT.awaitUnfenced(b.uri("/"));
            HttpResponse<String> after = write(toB, "fillLevel", 3);
            assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
            assertThat(JSON.readTree(after.body()).path("phase").asText()).isEqualTo("UNFORKED");
            Document bin = stores.mongo().getDatabase("fleet_acme").getCollection("bins").find(new Document("_id", BIN)).first();
            assertThat(bin.get("capacityLitres", Number.class).intValue()).as("A's acknowledged write stands").isEqualTo(500);
            assertThat(bin.get("fillLevel", Number.class).intValue()).as("B's last acknowledged write").isEqualTo(3);
        }
    }

    private static HttpResponse<String> write(ServiceClient client, String field, int value) {
        try {
            return client.mutate("acme", "[{\"op\":\"upsertNode\",\"label\":\"Bin\",\"key\":\"" + BIN
                    + "\",\"properties\":{\"" + field + "\":" + value + "}}]");
        } catch (Exception e) {
            throw new IllegalStateException("write to " + field + " failed: " + e, e);
        }
    }

    private static Map<String, String> environment(TestStores stores) {
        Map<String, String> env = new HashMap<>(stores.environment());
        env.put("JAVA_TOOL_OPTIONS", "-Dgraph2doc.instance-id=b -Dgraph2doc.phase.poll-interval=250ms "
                + "-Dgraph2doc.phase.heartbeat-interval=500ms -Dgraph2doc.phase.instance-timeout=3s "
                + "-Dgraph2doc.repair.grace=0s -Dgraph2doc.repair.poll-interval=20ms "
                + "-Dgraph2doc.phase.auto-step-back.enabled=false");
        return env;
    }

    private static void signal(String name, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -%s %s", name, pid).isZero();
    }
}
