package dev.graph2doc.write;

import static dev.graph2doc.write.WriteFixture.batch;
import static dev.graph2doc.write.WriteFixture.device;
import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.testing.Neo4jLocks;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * G1 where the outbox is cleared while the same document is written again: a clear forgets a document only up to
 * the version MongoDB confirmed, so the entry of a write made meanwhile must stay, whichever transaction goes first.
 * Both outbox tests failed when the outbox kept one node per document and raised its version on each write; the
 * third is the same race between an upsert and a delete of the node itself.
 */
@ExtendWith(StoresExtension.class)
@Timeout(120)
class OutboxClearRaceIT {

    private static final String ENTRY = "MATCH (o:_G2dOutbox {tenant: 'acme', collection: 'devices', key: 'd-000001'}) ";

    /**
     * The clear's side, with the real writer and outbox racing: each round clears the version the last write made
     * while the next write of the same document runs. Bounded (100 rounds); not every round overlaps, many do.
     */
    @Test
    void shouldKeepTheEntryOfTheNextWriteWhenTheLastOneIsClearedMeanwhile(TestStores stores) throws Exception {
        WriteFixture fx = fixture(stores);
        long last = versionOf(fx.writer.apply("acme", batch(upsert(0)), true));
        for (int round = 1; round <= 100; round++) {
            OutboxEntry confirmed = new OutboxEntry("acme", "devices", "d-000001", last, Instant.now());
            int battery = round;
            CompletableFuture<List<TouchedDocument>> next = CompletableFuture.supplyAsync(() ->
                    fx.writer.apply("acme", batch(upsert(battery)), true));
            fx.outbox.clear(List.of(confirmed));
            last = versionOf(next.get(60, TimeUnit.SECONDS));
            assertThat(fx.outbox.pending("acme", "devices", List.of("d-000001")))
                    .as("round %d: the entry of version %d, which MongoDB has not confirmed", round, last)
                    .isEqualTo(Set.of("d-000001"));
        }
    }

    @Test
    void shouldRecordTheWriteWhenTheClearDeletesItsEntryMeanwhile(TestStores stores) throws Exception {
        WriteFixture fx = fixture(stores);
        fx.writer.apply("acme", batch(upsert(1)), true);
        try (Session session = stores.neo4j().session(); Transaction clear = session.beginTransaction()) {
            clear.run(ENTRY + "DELETE o").consume(); // a clear of the first write, not committed yet

            CompletableFuture<List<TouchedDocument>> write = CompletableFuture.supplyAsync(() ->
                    fx.writer.apply("acme", batch(upsert(2)), true));
            Neo4jLocks.awaitBlocked(stores.neo4j(), write::isDone); // or the write needed no lock and is done
            clear.commit();
            write.get(60, TimeUnit.SECONDS);
        }
        assertThat(fx.outbox.pending("acme", "devices", List.of("d-000001")))
                .as("the entry of the second write").isEqualTo(Set.of("d-000001"));
    }

    /**
     * The same shape one level up: the upsert's {@code MERGE} matches a device whose deletion another transaction
     * holds open. Before, the upsert answered success with no version and the device stayed deleted; now the batch
     * runs again once the delete committed and creates the device anew, after the delete.
     */
    @Test
    void shouldCreateTheNodeAgainWhenADeleteOfItCommitsWhileTheUpsertWaits(TestStores stores) throws Exception {
        WriteFixture fx = fixture(stores);
        try (Session session = stores.neo4j().session(); Transaction delete = session.beginTransaction()) {
            delete.run("MATCH (n:Device {customerId: 'acme', id: 'd-000001'}) DETACH DELETE n").consume();

            CompletableFuture<List<TouchedDocument>> upsert = CompletableFuture.supplyAsync(() ->
                    fx.writer.apply("acme", batch(upsert(5)), true));
            assertThat(Neo4jLocks.awaitBlocked(stores.neo4j(), upsert::isDone)).as("the upsert waits for the delete").isTrue();
            delete.commit();

            assertThat(upsert.get(60, TimeUnit.SECONDS)).extracting(TouchedDocument::key).contains("d-000001");
        }
        assertThat(fx.writer.retriedBatches()).isEqualTo(1);
        try (Session check = stores.neo4j().session()) {
            assertThat(check.run("MATCH (n:Device {customerId: 'acme', id: 'd-000001'}) RETURN n.batteryPct AS b")
                    .list(r -> r.get("b").asLong())).as("the device, created again by the upsert").containsExactly(5L);
        }
    }

    private static WriteFixture fixture(TestStores stores) {
        stores.clear();
        WriteFixture.seedFleet(stores, 3);
        return new WriteFixture(stores, "fleet.yaml");
    }

    private static Mutation upsert(int battery) {
        return new Mutation.UpsertNode(device("d-000001"), Map.of("batteryPct", battery));
    }

    private static long versionOf(List<TouchedDocument> touched) {
        return touched.stream().filter(d -> d.key().equals("d-000001")).findFirst().orElseThrow().version();
    }
}
