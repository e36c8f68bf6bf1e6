package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * A locked render's version names one body: the copy, the repair and verification write and judge documents by
 * version, so a render pairing one write's version with another write's body would store or report a document that
 * never existed. An unlocked render (read committed) can see a commit half-applied (it failed this way in CI, once in
 * about ten runs, with the version read before and after the body), so it is only served and then confirmed.
 */
@ExtendWith(StoresExtension.class)
class RenderDuringWritesIT {

    @Test
    void shouldNeverRenderTwoBodiesUnderOneVersionWhenWritesRaceTheRender(TestStores stores) throws Exception {
        stores.clear();
        WriteFixture.seedFleet(stores, 2);
        WriteFixture fx = new WriteFixture(stores, "fleet.yaml");
        CollectionMapping devices = fx.mapping.collection("devices").orElseThrow();
        Map<Long, Set<Object>> modelsByVersion = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = List.of(threads.submit(() -> write(fx, 1, deadline)),
                    threads.submit(() -> write(fx, 2, deadline)));
            List<Future<?>> readers = List.of(threads.submit(() -> read(fx, devices, modelsByVersion, writing)),
                    threads.submit(() -> read(fx, devices, modelsByVersion, writing)));
            for (Future<?> w : writers) {
                w.get();
            }
            writing.set(false);
            for (Future<?> r : readers) {
                r.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(modelsByVersion).as("versions rendered").hasSizeGreaterThan(100);
        modelsByVersion.forEach((version, models) ->
                assertThat(models).as("bodies rendered at version %s", version).hasSize(1));
    }

    @Test
    void shouldWaitForAWriteInFlightWhenRenderingLocked(TestStores stores) throws Exception {
        stores.clear();
        WriteFixture.seedFleet(stores, 2);
        WriteFixture fx = new WriteFixture(stores, "fleet.yaml");
        CollectionMapping devices = fx.mapping.collection("devices").orElseThrow();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (Session session = stores.neo4j().session(); Transaction write = session.beginTransaction()) {
            write.run("MATCH (d:Device {customerId: 'acme', id: 'd-000000'}) SET d.model = 'in flight'").consume();
            Future<List<DocumentView>> locked = reader.submit(() ->
                    fx.graph.renderKeysLocked(devices, "acme", List.of("d-000000")).documents());
            List<DocumentView> unlocked = fx.graph.renderKeys(devices, "acme", List.of("d-000000")).documents();
            assertThat(unlocked.get(0).body().get("model")).as("read committed").isNotEqualTo("in flight");
            assertThatThrownBy(() -> locked.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
            write.commit();
            assertThat(locked.get(30, TimeUnit.SECONDS).get(0).body()).containsEntry("model", "in flight");
        } finally {
            reader.shutdownNow();
        }
    }

    private static void write(WriteFixture fx, int writer, Instant deadline) {
        for (int i = 0; i < 1500 && Instant.now().isBefore(deadline); i++) {
            fx.writer.apply("acme", List.of(new Mutation.UpsertNode(WriteFixture.device("d-000000"),
                    Map.of("model", "w" + writer + "-" + i, "batteryPct", (long) i))), true);
        }
    }

    private static void read(WriteFixture fx, CollectionMapping devices, Map<Long, Set<Object>> modelsByVersion,
                             AtomicBoolean writing) {
        for (int i = 0; i < 20_000 && writing.get(); i++) {
            for (DocumentView view : fx.graph.renderKeysLocked(devices, "acme", List.of("d-000000")).documents()) {
                modelsByVersion.computeIfAbsent(view.version(), v -> ConcurrentHashMap.newKeySet())
                        .add(view.body().get("model") + "/" + view.body().get("batteryPct"));
            }
        }
    }
}
