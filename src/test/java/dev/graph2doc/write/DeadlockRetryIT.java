package dev.graph2doc.write;

import static dev.graph2doc.write.WriteFixture.batch;
import static dev.graph2doc.write.WriteFixture.device;
import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.demo.FleetGenerator;
import dev.graph2doc.testing.Neo4jLocks;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * A real Neo4j deadlock with the write path's batch as its victim: the batch runs again and commits. Another
 * transaction holds device 2 and thirty more; the batch (devices 1 and 2) takes 1 and waits for 2; the other asks for
 * 1 and the cycle closes. Neo4j rolls back the transaction holding fewer locks: the batch.
 */
@ExtendWith(StoresExtension.class)
@Timeout(120)
class DeadlockRetryIT {

    private static final String LOCK = "MATCH (n:Device {customerId: 'acme'}) WHERE n.id IN $keys SET n.lockedBy = 'test'";

    @Test
    void shouldRunTheBatchAgainAndCommitItWhenNeo4jRollsItBackForADeadlock(TestStores stores) throws Exception {
        stores.clear();
        WriteFixture.seedFleet(stores, 40);
        WriteFixture fx = new WriteFixture(stores, "fleet.yaml");
        List<String> many = new ArrayList<>(List.of("d-000002"));
        IntStream.range(10, 40).forEach(i -> many.add(FleetGenerator.deviceKey(i)));
        try (Session session = stores.neo4j().session(); Transaction other = session.beginTransaction()) {
            other.run(LOCK, Map.of("keys", many)).consume();

            CompletableFuture<List<TouchedDocument>> batch = CompletableFuture.supplyAsync(() -> fx.writer.apply("acme",
                    batch(upsert("d-000001"), upsert("d-000002")), false));
            assertThat(Neo4jLocks.awaitBlocked(stores.neo4j(), batch::isDone))
                    .as("the batch waits for the lock on device 2").isTrue();
            other.run(LOCK, Map.of("keys", List.of("d-000001"))).consume(); // waits until the batch is rolled back
            other.commit();
            List<TouchedDocument> touched = batch.get(60, TimeUnit.SECONDS);

            assertThat(touched).extracting(TouchedDocument::key).contains("d-000001", "d-000002");
            assertThat(fx.writer.retriedBatches()).isEqualTo(1);
        }
        try (Session check = stores.neo4j().session()) {
            assertThat(check.run("MATCH (n:Device {customerId: 'acme'}) WHERE n.model = 'after-deadlock' "
                    + "RETURN count(n) AS n").single().get("n").asLong()).isEqualTo(2);
        }
    }

    private static Mutation upsert(String key) {
        return new Mutation.UpsertNode(device(key), Map.of("model", "after-deadlock"));
    }
}
