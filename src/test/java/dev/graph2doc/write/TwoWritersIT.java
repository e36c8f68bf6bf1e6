package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.store.mongo.MongoNativeWriter;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** G3: two writers hammer the same documents while MongoDB's side lags at random; MongoDB ends as Neo4j is. */
@ExtendWith(StoresExtension.class)
class TwoWritersIT {

    @Test
    void shouldEndWithMongoEqualToNeo4jWhenTwoWritersRaceOnTheSameDocumentsAndMongoIsRandomlyDelayed(TestStores stores)
            throws Exception {
        stores.clear();
        WriteFixture.seedFleet(stores, 6);
        WriteFixture fx = new WriteFixture(stores, "fleet.yaml");
        fx.copy("acme");
        ExecutorService writers = Executors.newFixedThreadPool(2);
        DocumentSide side = new DocumentSide(delayed(new MongoNativeWriter(stores.mongo(), fx.mapping)), fx.rerenderer,
                new OutboxConfirmations(fx.clock), new DocumentSide.Resilience(CircuitBreaker.ofDefaults("test"),
                Retry.ofDefaults("test"), Duration.ofSeconds(5)), WriteMetrics.NONE);
        try {
            Future<?> a = writers.submit(() -> hammer(fx, side, 1L));
            Future<?> b = writers.submit(() -> hammer(fx, side, 2L));
            a.get();
            b.get();
        } finally {
            writers.shutdownNow();
        }
        // no repair yet: the request path alone (native, or re-render where the versions raced) must converge
        fx.comparison.assertMongoEqualsRender(List.of("acme"));
        for (CollectionMapping c : fx.mapping.collections()) {
            for (DocumentView rendered : fx.comparison.renderAll(c, "acme")) {
                assertThat(fx.documents.find("acme", c.name(), rendered.key()).orElseThrow().version())
                        .as("version of %s %s", c.name(), rendered.key()).isEqualTo(rendered.version());
            }
        }
        fx.drain();
        fx.comparison.assertMongoEqualsRender(List.of("acme"));
    }

    /** Two devices and two bins, renamed, re-linked and deleted over and over: every write lands on the same documents. */
    private static void hammer(WriteFixture fx, DocumentSide side, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 80; i++) {
            NodeRef device = WriteFixture.device("d-00000" + random.nextInt(2));
            NodeRef bin = WriteFixture.bin("b-00000" + random.nextInt(2));
            List<Mutation> batch = switch (random.nextInt(4)) {
                case 0 -> List.of(new Mutation.UpsertNode(device, Map.of("model", "w" + seed + "-" + i)));
                case 1 -> List.of(new Mutation.UpsertNode(device, Map.of("batteryPct", (long) i)),
                        new Mutation.Link("MONITORS", device, bin, Map.of("since", "s" + i)));
                case 2 -> List.of(new Mutation.Unlink("MONITORS", device, bin), new Mutation.UpsertNode(bin, Map.of("fillLevel", i / 150.0)));
                default -> List.of(new Mutation.DeleteNode(device), new Mutation.UpsertNode(device, Map.of("model", "again" + i)));
            };
            side.follow(WriteReceipt.ofGraph("acme", dev.graph2doc.phase.Phase.FORK_WRITES,
                    fx.writer.apply("acme", batch, true)), batch);
        }
    }

    /** MongoDB's side of each write waits 0-15 ms first, so later versions often arrive before earlier ones. */
    private static NativeDocumentWriter delayed(MongoNativeWriter writer) {
        Random random = new Random(7);
        return new NativeDocumentWriter() {
            @Override
            public void prepare(String tenant) {
                writer.prepare(tenant);
            }

            @Override
            public List<TouchedDocument> applyAfterGraph(String tenant, List<Mutation> mutations, List<TouchedDocument> touched) {
                pause(random.nextInt(16));
                return writer.applyAfterGraph(tenant, mutations, touched);
            }

            @Override
            public List<TouchedDocument> applyAlone(String tenant, List<Mutation> mutations) {
                return writer.applyAlone(tenant, mutations);
            }
        };
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
