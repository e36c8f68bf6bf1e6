package dev.graph2doc.write;

import static dev.graph2doc.write.WriteFixture.batch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.copy.CopyCoordinator;
import dev.graph2doc.copy.CopyProgressListener;
import dev.graph2doc.copy.CopySettings;
import dev.graph2doc.store.mongo.MongoCopyStateStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Duration;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * G1 and G2 without MongoDB on the request path: writes captured in the outbox while the copy runs, or cut
 * off by a crash right after the graph commit, end up in MongoDB once the repair worker drains the outbox.
 */
@ExtendWith(StoresExtension.class)
class CaptureDuringCopyIT {

    @Test
    void shouldLeaveMongoEqualToTheRenderWhenWritesAndDeletesRunDuringTheWholeCopy(TestStores stores) throws Exception {
        stores.clear();
        WriteFixture.seedFleet(stores, 60);
        WriteFixture fx = new WriteFixture(stores, "fleet.yaml");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean copying = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        try {
            Future<?> writes = pool.submit(() -> writeRandomly(fx, copying, written, 7L));
            int partitions = copyEverything(stores, fx, pool, () -> awaitMore(written, 5));
            copying.set(false);
            writes.get();
            assertThat(written.get()).as("writes landed between and during the copy's partitions")
                    .isGreaterThanOrEqualTo(5 * partitions);
        } finally {
            pool.shutdownNow();
        }

        fx.drain();

        assertThat(fx.totalBacklog()).isZero();
        fx.comparison.assertMongoEqualsRender(List.of("acme", "globex"));
    }

    @Test
    void shouldRepairEveryDocumentWhenTheProcessStoppedBetweenTheGraphCommitAndMongo(TestStores stores) throws Exception {
        stores.clear();
        WriteFixture.seedFleet(stores, 10);
        WriteFixture fx = new WriteFixture(stores, "fleet.yaml");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            copyEverything(stores, fx, pool, () -> { });
        } finally {
            pool.shutdownNow();
        }
        // the request path stops right after the commit: what it wrote is only in the graph and its outbox
        fx.writer.apply("acme", batch(new Mutation.UpsertNode(WriteFixture.device("d-000001"), Map.of("model", "Crash-1")),
                new Mutation.DeleteNode(WriteFixture.device("d-000002"))), true);

        fx.clock.advance(Duration.ofSeconds(1));
        assertThat(fx.repairWorker().drainOnce()).as("within the grace the request path still owns its entries").isZero();
        fx.drain();

        fx.comparison.assertMongoEqualsRender(List.of("acme"));
        assertThat(fx.documents.find("acme", "devices", "d-000002")).isEmpty();
        assertThat(fx.documents.find("acme", "devices", "d-000001").orElseThrow().body().get("model")).isEqualTo("Crash-1");
    }

    private static int copyEverything(TestStores stores, WriteFixture fx, ExecutorService pool, Runnable betweenPartitions)
            throws InterruptedException {
        CopyCoordinator copy = new CopyCoordinator(fx.mapping, fx.graph, fx.documents,
                new MongoCopyStateStore(stores.mongo(), "graph2doc_control_test"),
                new CopySettings(20, 60, Duration.ofSeconds(30), Duration.ofMillis(5)), fx.clock, d -> Thread.sleep(1),
                pool, "copier", CopyProgressListener.NONE);
        copy.start(fx.graph.tenants(), List.of());
        int partitions = 0;
        while (copy.copyOnePartition(() -> false)) {
            partitions++;
            betweenPartitions.run();
        }
        return partitions;
    }

    /** Lets the writer land a few more writes (bounded wait), so writes interleave with every partition. */
    private static void awaitMore(AtomicInteger written, int more) {
        int target = written.get() + more;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (written.get() < target && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    /** A random mix on both tenants: renames, battery updates, re-links, deletes and re-creations. */
    private static void writeRandomly(WriteFixture fx, AtomicBoolean running, AtomicInteger written, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20_000 && running.get(); i++) {
            String tenant = random.nextBoolean() ? "acme" : "globex";
            NodeRef device = WriteFixture.device(String.format("d-%06d", random.nextInt(60)));
            NodeRef bin = WriteFixture.bin(String.format("b-%06d", random.nextInt(40)));
            List<Mutation> mutations = switch (random.nextInt(5)) {
                case 0 -> batch(new Mutation.UpsertNode(device, Map.of("model", "M" + i, "batteryPct", (long) random.nextInt(100))));
                case 1 -> batch(new Mutation.DeleteNode(device));
                case 2 -> batch(new Mutation.UpsertNode(device, Map.of("model", "re" + i)),
                        new Mutation.Link("MONITORS", device, bin, Map.of("since", "2026-0" + (1 + random.nextInt(9)))));
                case 3 -> batch(new Mutation.Unlink("MONITORS", device, bin));
                default -> batch(new Mutation.UpsertNode(bin, Map.of("fillLevel", random.nextDouble())));
            };
            try {
                fx.writer.apply(tenant, mutations, true);
                written.incrementAndGet();
            } catch (MutationRejectedException e) {
                // the bin was deleted? bins are never deleted here; a link to a deleted device is refused: fine
            }
        }
    }

}
