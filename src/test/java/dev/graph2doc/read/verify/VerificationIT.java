package dev.graph2doc.read.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.FieldFilter;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/** Full verification against the real stores: clean after a copy, corruption found, counted and repaired, races tolerated. */
@ExtendWith(StoresExtension.class)
class VerificationIT {

    private static final VerificationCounts NONE_FOUND = VerificationCounts.ZERO;

    private VerificationFixture fixture;

    private VerificationFixture fleet(TestStores stores) throws InterruptedException {
        stores.clear();
        VerificationFixture.seedFleet(stores);
        fixture = new VerificationFixture(stores, "fleet.yaml");
        fixture.copyAll();
        return fixture;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void shouldFindTheFleetCleanAfterACopyAndRecordWhenPerTenant(TestStores stores) throws InterruptedException {
        fleet(stores);

        VerificationRun run = fixture.verify(null, 25);

        assertThat(run.state()).isEqualTo(VerificationRun.State.DONE);
        assertThat(run.slices()).hasSize(2 * 5).allSatisfy(s -> {
            assertThat(s.done()).isTrue();
            assertThat(s.counts().clean()).as(s.toString()).isTrue();
            assertThat(s.counts().matched()).as(s.toString()).isEqualTo(s.expected()).isPositive();
        });
        assertThat(VerificationFixture.slice(run, "acme", "readings").counts().matched()).isEqualTo(80);
        assertThat(fixture.store.lastCleanVerification("acme")).contains(run.startedAt());
        assertThat(fixture.store.lastCleanVerification("globex")).contains(run.startedAt());
    }

    @Test
    void shouldFindTheMoviesCleanAfterACopy(TestStores stores) throws InterruptedException {
        stores.clear();
        stores.loadMovies();
        fixture = new VerificationFixture(stores, "movies.yaml");
        fixture.copyAll();

        VerificationRun run = fixture.verify(null, 30);

        assertThat(run.state()).isEqualTo(VerificationRun.State.DONE);
        assertThat(VerificationFixture.slice(run, "movies", "movies").counts())
                .isEqualTo(new VerificationCounts(38, 0, 0, 0, 0, 0, 0));
        assertThat(VerificationFixture.slice(run, "movies", "people").counts())
                .isEqualTo(new VerificationCounts(133, 0, 0, 0, 0, 0, 0));
        assertThat(fixture.store.lastCleanVerification("movies")).contains(run.startedAt());
    }

    @Test
    void shouldCountEachCorruptionRepairItAndFindTheNextRunClean(TestStores stores) throws InterruptedException {
        fleet(stores);
        VerificationRun clean = fixture.verify(null, 25);
        var acme = stores.mongo().getDatabase("fleet_acme");
        MongoCollection<Document> bins = acme.getCollection("bins");
        bins.updateOne(Filters.eq("_id", "b-000001"), Updates.set("fillLevel", 12345.0));
        String binWithDevices = bins.find().into(new ArrayList<>()).stream()
                .filter(b -> !b.getList("devices", Object.class).isEmpty() && !b.get("_id").equals("b-000001"))
                .map(b -> b.getString("_id")).findFirst().orElseThrow();
        bins.updateOne(Filters.eq("_id", binWithDevices), Updates.popLast("devices"));
        acme.getCollection("devices").deleteOne(Filters.eq("_id", "d-000003"));
        acme.getCollection("sites").insertOne(new Document("_id", "s-9999").append("name", "ghost").append("_g2d_v", 0L));

        VerificationRun found = fixture.verify(null, 25);
        var acmeCleanAfterFound = fixture.store.lastCleanVerification("acme");
        var globexCleanAfterFound = fixture.store.lastCleanVerification("globex");
        VerificationRun repairing = fixture.verify(Map.of("tenants", List.of("acme"), "repair", true), 25);
        VerificationRun after = fixture.verify(null, 25);

        assertThat(VerificationFixture.slice(found, "acme", "bins").counts()).isEqualTo(new VerificationCounts(38, 0, 0, 2, 0, 0, 0));
        assertThat(VerificationFixture.slice(found, "acme", "bins").examples()).extracting(VerificationExample::key)
                .containsExactlyInAnyOrder("b-000001", binWithDevices);
        assertThat(VerificationFixture.slice(found, "acme", "devices").counts()).isEqualTo(new VerificationCounts(39, 1, 0, 0, 0, 0, 0));
        assertThat(VerificationFixture.slice(found, "acme", "sites").counts().extra()).isEqualTo(1);
        assertThat(VerificationFixture.slice(found, "acme", "sites").examples()).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("s-9999"));
        assertThat(found.totals("globex").clean()).isTrue();
        assertThat(acmeCleanAfterFound).as("still the run before the corruption").contains(clean.startedAt());
        assertThat(globexCleanAfterFound).contains(found.startedAt());
        assertThat(repairing.totals()).satisfies(t -> assertThat(t.repaired()).isEqualTo(4))
                .satisfies(t -> assertThat(t.mismatched() + t.missing() + t.extra()).isEqualTo(4));
        assertThat(after.totals()).isEqualTo(new VerificationCounts(after.totals().matched(), 0, 0, 0, 0, 0, 0));
        assertThat(fixture.store.lastCleanVerification("acme")).contains(after.startedAt());
    }

    @Test
    void shouldNotReportWritesThatRaceTheScanAsMismatched(TestStores stores) throws InterruptedException {
        fleet(stores);
        AtomicInteger binRanges = new AtomicInteger();
        GraphStore racing = new HookedGraph(fixture.graph, collection -> {
            if (collection.name().equals("bins") && binRanges.incrementAndGet() == 1) {
                // after the graph read b-000001..10 and before MongoDB's page: a write lands in both stores
                setBin(stores, "b-000005", 1, 0.5);
                fixture.documents.repair("acme", fixture.graph.renderKeys(collection, "acme", List.of("b-000005")).documents().getFirst());
                // and one whose MongoDB half is still in the repair backlog when the scan reaches it and at its end
                setBin(stores, "b-000025", 1, 0.25);
            }
        });
        VerificationRun run = fixture.start(Map.of("tenants", List.of("acme"), "collections", List.of("bins")));

        fixture.runner("worker", fixture.verifier(racing, fixture.documents, 10)).runNext(() -> false);

        VerificationSlice bins = VerificationFixture.slice(fixture.store.find(run.id()).orElseThrow(), "acme", "bins");
        assertThat(bins.counts()).isEqualTo(new VerificationCounts(39, 0, 0, 0, 1, 0, 0));
        assertThat(bins.examples()).singleElement().satisfies(e -> assertThat(e.key()).isEqualTo("b-000025"))
                .satisfies(e -> assertThat(e.kind()).isEqualTo("unsettled"));
    }

    @Test
    void shouldResumeAnInterruptedScanFromItsCheckpointWithAFreshVerifier(TestStores stores) throws InterruptedException {
        fleet(stores);
        stores.mongo().getDatabase("fleet_acme").getCollection("bins")
                .updateOne(Filters.eq("_id", "b-000004"), Updates.set("fillLevel", -1.0));
        stores.mongo().getDatabase("fleet_acme").getCollection("bins")
                .updateOne(Filters.eq("_id", "b-000036"), Updates.set("fillLevel", -1.0));
        VerificationRun run = fixture.start(Map.of("tenants", List.of("acme"), "collections", List.of("bins")));
        fixture.store.claim("dying", fixture.clock.instant(), fixture.clock.instant().plus(VerificationFixture.LEASE));
        AtomicInteger saves = new AtomicInteger();

        VerificationSlice stopped = fixture.verifier(fixture.graph, fixture.documents, 10).verify(run.slices().getFirst(), false,
                s -> fixture.store.checkpoint(run.id(), "dying", s, fixture.clock.instant()) && saves.incrementAndGet() < 2);
        VerificationSlice stored = fixture.store.find(run.id()).orElseThrow().slices().getFirst();
        List<Object> starts = new ArrayList<>();
        GraphStore recording = new HookedGraph(fixture.graph, c -> { }, starts);
        VerificationSlice resumed = fixture.verifier(recording, fixture.documents, 10).verify(stored, false,
                s -> fixture.store.checkpoint(run.id(), "dying", s, fixture.clock.instant()));

        assertThat(stopped.done()).isFalse();
        assertThat(stored.checkpoint()).isEqualTo("b-000019");
        assertThat(stored.counts().mismatched()).isEqualTo(1);
        assertThat(starts.getFirst()).as("the fresh verifier starts after the checkpoint").isEqualTo("b-000019");
        assertThat(resumed.counts()).isEqualTo(new VerificationCounts(38, 0, 0, 2, 0, 0, 0));
        assertThat(fixture.store.find(run.id()).orElseThrow().slices().getFirst()).isEqualTo(resumed);
    }

    @Test
    void shouldLetAnotherWorkerFinishARunOnceTheLeaseOfItsCrashedWorkerExpired(TestStores stores) throws InterruptedException {
        fleet(stores);
        VerificationRun run = fixture.start(Map.of("tenants", List.of("globex")));
        AtomicInteger pages = new AtomicInteger();
        GraphStore crashing = new HookedGraph(fixture.graph, c -> {
            if (pages.incrementAndGet() == 4) {
                throw new Error("the process dies");
            }
        });
        try {
            fixture.runner("dying", fixture.verifier(crashing, fixture.documents, 10)).runNext(() -> false);
        } catch (Error expected) {
            // died holding its lease, after some checkpoints
        }
        VerificationRunner survivor = fixture.runner("survivor", fixture.verifier(fixture.graph, fixture.documents, 10));

        boolean claimedWhileLeased = survivor.runNext(() -> false);
        fixture.clock.advance(VerificationFixture.LEASE.plus(Duration.ofSeconds(1)));
        boolean claimedAfterExpiry = survivor.runNext(() -> false);

        VerificationRun done = fixture.store.find(run.id()).orElseThrow();
        assertThat(claimedWhileLeased).isFalse();
        assertThat(claimedAfterExpiry).isTrue();
        assertThat(done.state()).isEqualTo(VerificationRun.State.DONE);
        assertThat(done.slices()).allSatisfy(s -> assertThat(s.counts().matched()).as(s.toString()).isEqualTo(s.expected()));
        assertThat(done.totals("globex").clean()).isTrue();
    }

    @Test
    void shouldStopACancelledRunAtItsNextBatchAndRecordNothingClean(TestStores stores) throws InterruptedException {
        fleet(stores);
        VerificationRun run = fixture.start(null);
        GraphStore cancelling = new HookedGraph(fixture.graph,
                c -> fixture.store.cancel(run.id(), fixture.clock.instant(), "cancelled by the test"));

        fixture.runner("worker", fixture.verifier(cancelling, fixture.documents, 10)).runNext(() -> false);

        VerificationRun stored = fixture.store.find(run.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(VerificationRun.State.CANCELLED);
        assertThat(stored.error()).isEqualTo("cancelled by the test");
        assertThat(stored.totals().verified()).isZero();
        assertThat(fixture.store.lastCleanVerification("acme")).isEmpty();
        assertThat(fixture.store.claim("other", fixture.clock.instant(), fixture.clock.instant())).isEmpty();
    }

    private static void setBin(TestStores stores, String key, long version, double fillLevel) {
        try (Session session = stores.neo4j().session()) {
            session.run("MATCH (b:Bin {customerId: 'acme', id: $key}) SET b._g2dVersion = $v, b.fillLevel = $f",
                    Map.of("key", key, "v", version, "f", fillLevel)).consume();
        }
    }

    /** The graph store, with a hook run after each ranged read (the scan's reads), and the ranges' starts recorded. */
    private record HookedGraph(GraphStore graph, Consumer<CollectionMapping> afterRange, List<Object> starts)
            implements GraphStore {

        HookedGraph(GraphStore graph, Consumer<CollectionMapping> afterRange) {
            this(graph, afterRange, new ArrayList<>());
        }

        @Override
        public RenderBatch renderRange(CollectionMapping c, String tenant, Object after, Object upTo, int limit) {
            starts.add(after == null ? "start" : after);
            RenderBatch batch = graph.renderRange(c, tenant, after, upTo, limit);
            afterRange.accept(c);
            return batch;
        }

        @Override
        public void prepare() {
            graph.prepare();
        }

        @Override
        public RenderBatch renderPage(CollectionMapping c, String tenant, FieldFilter filter, Object after, int limit) {
            return graph.renderPage(c, tenant, filter, after, limit);
        }

        @Override
        public RenderBatch renderKeys(CollectionMapping c, String tenant, Collection<?> keys) {
            return graph.renderKeys(c, tenant, keys);
        }

        @Override
        public long countRoots(CollectionMapping c, String tenant) {
            return graph.countRoots(c, tenant);
        }

        @Override
        public long countRange(CollectionMapping c, String tenant, Object after, Object upTo) {
            return graph.countRange(c, tenant, after, upTo);
        }

        @Override
        public void scanKeys(CollectionMapping c, String tenant, Object after, Object upTo, int batch,
                             Consumer<List<Object>> sink) {
            graph.scanKeys(c, tenant, after, upTo, batch, sink);
        }

        @Override
        public List<Object> keyBoundaries(CollectionMapping c, String tenant, int every) {
            return graph.keyBoundaries(c, tenant, every);
        }

        @Override
        public List<String> tenants() {
            return graph.tenants();
        }
    }
}
