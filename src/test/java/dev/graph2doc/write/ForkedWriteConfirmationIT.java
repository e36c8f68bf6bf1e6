package dev.graph2doc.write;

import static dev.graph2doc.write.WriteFixture.batch;
import static dev.graph2doc.write.WriteFixture.device;
import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.phase.Phase;
import dev.graph2doc.store.mongo.MongoNativeWriter;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/** What the request path confirms to the outbox is what MongoDB holds after its half of a forked write. */
@ExtendWith(StoresExtension.class)
class ForkedWriteConfirmationIT {

    @Test
    void shouldLeaveTheDocumentPendingWhenItsRerenderCannotBeMapped(TestStores stores) {
        stores.clear();
        WriteFixture.seedFleet(stores, 3);
        WriteFixture fx = new WriteFixture(stores, "fleet.yaml");
        fx.copy("acme");
        OutboxConfirmations confirmations = new OutboxConfirmations(fx.clock);
        DocumentSide side = new DocumentSide(new MongoNativeWriter(stores.mongo(), fx.mapping), fx.rerenderer,
                confirmations, new DocumentSide.Resilience(CircuitBreaker.ofDefaults("test"), Retry.ofDefaults("test"),
                Duration.ofSeconds(5)), WriteMetrics.NONE);
        List<Mutation> first = batch(new Mutation.UpsertNode(device("d-000001"), Map.of("batteryPct", 1L)));
        fx.writer.apply("acme", first, true); // its MongoDB half never ran: the next write finds a gap and re-renders
        try (Session session = stores.neo4j().session()) {
            session.run("MATCH (n:Device {customerId: 'acme', id: 'd-000001'}) "
                    + "SET n.lastSeenAt = datetime('2026-01-01T00:00:00.123456789Z')").consume(); // no BSON date holds it
        }
        List<Mutation> second = batch(new Mutation.UpsertNode(device("d-000001"), Map.of("batteryPct", 2L)));

        side.follow(WriteReceipt.ofGraph("acme", Phase.FORK_WRITES, fx.writer.apply("acme", second, true)), second);
        fx.outbox.clear(confirmations.take(100));

        assertThat(fx.outbox.pending("acme", "devices", List.of("d-000001")))
                .as("the device MongoDB could not be given stays in the backlog").isEqualTo(Set.of("d-000001"));
        assertThat(fx.outbox.backlog("acme").documents()).as("only that one: the bins were re-rendered and confirmed")
                .isEqualTo(1);
    }
}
