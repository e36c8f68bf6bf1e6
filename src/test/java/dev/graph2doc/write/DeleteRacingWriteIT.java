package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * G3 for deletes: a delete's tombstone must be newer than every version its node ever had, and it must delete the
 * node that holds the key when it commits. Each test holds another writer's transaction open on the node until the
 * delete is waiting for that node's lock, then commits it.
 */
@ExtendWith(StoresExtension.class)
class DeleteRacingWriteIT {

    private static final String MATCH_DEVICE = "MATCH (d:Device {customerId: 'acme', id: 'd-000000'}) ";
    private static final List<Mutation> DELETE_AND_CREATE = List.of(
            new Mutation.DeleteNode(WriteFixture.device("d-000000")),
            new Mutation.UpsertNode(WriteFixture.device("d-000000"), Map.of("model", "re-created")));

    @Test
    void shouldTombstonePastAVersionCommittedWhileTheDeleteWaitedForTheLock(TestStores stores) throws Exception {
        WriteFixture fx = seeded(stores);
        long before = version(stores);
        List<TouchedDocument> touched = raceWith(stores, fx, MATCH_DEVICE + "SET d._g2dVersion = d._g2dVersion + 1");
        assertThat(device(touched).version()).as("after version %s and its tombstone", before + 1)
                .isEqualTo(before + 3);
        assertThat(version(stores)).isEqualTo(before + 3);
    }

    @Test
    void shouldDeleteTheNodeThatReplacedTheOneItWaitedFor(TestStores stores) throws Exception {
        WriteFixture fx = seeded(stores);
        long before = version(stores);
        List<TouchedDocument> touched = raceWith(stores, fx, MATCH_DEVICE + "WITH d, d._g2dVersion AS v DETACH DELETE d "
                + "CREATE (:Device {customerId: 'acme', id: 'd-000000', batteryPct: 1, _g2dVersion: v + 5})");
        assertThat(device(touched).version()).as("after version %s and its tombstone", before + 5)
                .isEqualTo(before + 7);
        try (Session session = stores.neo4j().session()) {
            Record now = session.run(MATCH_DEVICE + "RETURN properties(d) AS p").single();
            assertThat(now.get("p").asMap()).as("the replacement was deleted: none of its properties survive")
                    .doesNotContainKey("batteryPct").containsEntry("model", "re-created")
                    .containsEntry("_g2dVersion", before + 7);
        }
    }

    private static WriteFixture seeded(TestStores stores) {
        stores.clear();
        WriteFixture.seedFleet(stores, 2);
        WriteFixture fx = new WriteFixture(stores, "fleet.yaml");
        fx.writer.apply("acme", List.of(new Mutation.UpsertNode(WriteFixture.device("d-000000"), Map.of("model", "v"))),
                true);
        return fx;
    }

    /** Runs {@code other} in an open transaction, starts the delete, commits {@code other} once the delete waits. */
    private static List<TouchedDocument> raceWith(TestStores stores, WriteFixture fx, String other) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Session session = stores.neo4j().session(); Transaction tx = session.beginTransaction()) {
            tx.run(other).consume();
            Future<List<TouchedDocument>> delete = thread.submit(() -> fx.writer.apply("acme", DELETE_AND_CREATE, true));
            awaitBlocked(stores);
            tx.commit();
            return delete.get(30, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
    }

    /** Until a transaction waits for a lock (bounded: 20 s). */
    private static void awaitBlocked(TestStores stores) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        try (Session session = stores.neo4j().session()) {
            while (Instant.now().isBefore(deadline)) {
                long blocked = session.run("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' "
                        + "RETURN count(*) AS n").single().get("n").asLong();
                if (blocked > 0) {
                    return;
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("the delete never waited for the node's lock");
    }

    private static long version(TestStores stores) {
        try (Session session = stores.neo4j().session()) {
            return session.run(MATCH_DEVICE + "RETURN d._g2dVersion AS v").single().get("v").asLong();
        }
    }

    private static TouchedDocument device(List<TouchedDocument> touched) {
        return touched.stream().filter(t -> t.collection().equals("devices") && t.key().equals("d-000000"))
                .findFirst().orElseThrow(() -> new AssertionError("devices/d-000000 not in " + touched));
    }
}
