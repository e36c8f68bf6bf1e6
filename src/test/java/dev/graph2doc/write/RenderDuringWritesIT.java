package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rendered document's version names one body: the shadow comparison and verification call two documents with
 * equal versions a mismatch, so a render that read the version before a concurrent commit and the properties after
 * it would report a mismatch that is not there.
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

    private static void write(WriteFixture fx, int writer, Instant deadline) {
        for (int i = 0; i < 1500 && Instant.now().isBefore(deadline); i++) {
            fx.writer.apply("acme", List.of(new Mutation.UpsertNode(WriteFixture.device("d-000000"),
                    Map.of("model", "w" + writer + "-" + i, "batteryPct", (long) i))), true);
        }
    }

    private static void read(WriteFixture fx, CollectionMapping devices, Map<Long, Set<Object>> modelsByVersion,
                             AtomicBoolean writing) {
        for (int i = 0; i < 20_000 && writing.get(); i++) {
            for (DocumentView view : fx.graph.renderKeys(devices, "acme", List.of("d-000000")).documents()) {
                modelsByVersion.computeIfAbsent(view.version(), v -> ConcurrentHashMap.newKeySet())
                        .add(view.body().get("model") + "/" + view.body().get("batteryPct"));
            }
        }
    }
}
