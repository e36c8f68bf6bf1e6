package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jWriteOutbox;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.ServiceProcess;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * G1 across a real crash: the service process halts right after Neo4j committed a forked write (the
 * {@code graph2doc.faults.crash-after-graph-commit} hook), and the next process repairs MongoDB from the outbox.
 */
@ExtendWith(StoresExtension.class)
class CrashAfterGraphCommitIT {

    private static final Duration START = Duration.ofSeconds(60);
    private static final String RENAME = "[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\"d-000003\","
            + "\"properties\":{\"model\":\"Crashed-Rename\"}}]";

    @Test
    void shouldRepairTheDocumentsAfterRestartWhenTheProcessDiedBetweenTheGraphCommitAndMongo(TestStores stores) throws Exception {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 10, 1, 3L), m -> { });
        try (ServiceProcess first = ServiceProcess.serve(stores.environment(), START)) {
            new ServiceClient(first.uri("/")).moveTo(List.of("acme"), "FORK_WRITES");
        }

        try (ServiceProcess crashing = ServiceProcess.serve(withOptions(stores, "-Dgraph2doc.faults.crash-after-graph-commit=true"), START)) {
            assertThatThrownBy(() -> new ServiceClient(crashing.uri("/")).mutate("acme", RENAME)).isInstanceOf(IOException.class);
            assertThat(crashing.awaitExit(Duration.ofSeconds(30))).isEqualTo(137);
            assertThat(crashing.output()).contains("halting after the graph committed 2 document(s) for tenant 'acme'");
        }
        assertThat(storedModel(stores)).as("MongoDB never got the write").isNotEqualTo("Crashed-Rename");
        assertThat(new Neo4jWriteOutbox(stores.neo4j()).backlog("acme").documents()).as("the outbox has it").isEqualTo(2);

        try (ServiceProcess restarted = ServiceProcess.serve(withOptions(stores, "-Dgraph2doc.repair.grace=100ms"), START)) {
            Instant deadline = Instant.now().plusSeconds(60);
            while (new Neo4jWriteOutbox(stores.neo4j()).backlog("acme").documents() > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        }
        assertThat(new Neo4jWriteOutbox(stores.neo4j()).backlog("acme").documents()).isZero();
        assertThat(storedModel(stores)).isEqualTo("Crashed-Rename");
        WriteFixture fx = new WriteFixture(stores, "fleet.yaml");
        fx.comparison.assertMongoEqualsRender(List.of("acme"));
    }

    private static Object storedModel(TestStores stores) {
        Document device = stores.mongo().getDatabase("fleet_acme").getCollection("devices").find(new Document("_id", "d-000003")).first();
        return device == null ? null : device.get("model");
    }

    private static Map<String, String> withOptions(TestStores stores, String options) {
        Map<String, String> env = new HashMap<>(stores.environment());
        env.put("JAVA_TOOL_OPTIONS", options);
        return env;
    }
}
