package dev.graph2doc.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.testing.MutableClock;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import dev.graph2doc.write.Mutation;
import dev.graph2doc.write.MutationProblem;
import dev.graph2doc.write.MutationRejectedException;
import dev.graph2doc.write.NodeRef;
import dev.graph2doc.write.TouchedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mutation scripts applied to MongoDB alone (and after the graph) with the shipped mappings. */
@ExtendWith(StoresExtension.class)
class MongoNativeWriterIT {

    private static final NodeRef ACME = new NodeRef("Customer", "c-1");
    private static final NodeRef SITE = new NodeRef("Site", "s-1");
    private static final NodeRef BIN = new NodeRef("Bin", "b-1");
    private static final NodeRef D1 = new NodeRef("Device", "d-1");
    private static final NodeRef D2 = new NodeRef("Device", "d-2");

    private TestStores stores;
    private Mapping fleet;
    private MongoDocumentStore documents;
    private MongoNativeWriter writer;

    @BeforeEach
    void empty(TestStores stores) {
        this.stores = stores;
        stores.clear();
        fleet = load("fleet.yaml");
        documents = new MongoDocumentStore(stores.mongo(), fleet);
        writer = new MongoNativeWriter(stores.mongo(), fleet);
        writer.prepare("acme");
    }

    @Test
    void shouldWriteRootsEmbedsReferencesAndFanOutWithVersions() {
        List<TouchedDocument> touched = writer.applyAlone("acme", fleetScript());

        assertThat(touched).contains(new TouchedDocument("bins", "b-1", 1, false));
        assertThat(doc("bins", "b-1").body()).isEqualTo(ordered("id", "b-1", "capacityLitres", 240L,
                "site", ordered("id", "s-1", "name", "Depot", "position", 3L),
                "devices", List.of(ordered("id", "d-1", "model", "M1", "since", 2024L), ordered("id", "d-2", "model", "M2"))));
        assertThat(doc("sites", "s-1").body()).isEqualTo(ordered("customerId", "acme", "id", "s-1", "name", "Depot",
                "customer", ordered("id", "c-1", "name", "Acme"), "binIds", List.of("b-1")));
        assertThat(doc("customers", "c-1").body()).containsEntry("siteIds", List.of("s-1"));

        List<TouchedDocument> renamed = writer.applyAlone("acme", List.of(upsert(D1, props("model", "M9"))));

        assertThat(renamed).containsExactlyInAnyOrder(new TouchedDocument("devices", "d-1", 2, false),
                new TouchedDocument("bins", "b-1", 2, false));
        assertThat(doc("bins", "b-1").body().get("devices")).isEqualTo(List.of(
                ordered("id", "d-1", "model", "M9", "since", 2024L), ordered("id", "d-2", "model", "M2")));
    }

    @Test
    void shouldApplyEveryBatchOnceInTurnWhenWritersOfOneInstanceRaceOnOneTenant() throws Exception {
        writer.applyAlone("acme", List.of(upsert(D1, props("batteryPct", 0L))));
        int writers = 4;
        int batches = 15;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        List<java.util.concurrent.Future<List<Long>>> versions = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            long writer = w;
            versions.add(pool.submit(() -> {
                List<Long> seen = new java.util.ArrayList<>();
                for (int i = 0; i < batches; i++) {
                    seen.add(this.writer.applyAlone("acme", List.of(upsert(D1, props("batteryPct", writer * 100 + i))))
                            .get(0).version());
                }
                return seen;
            }));
        }
        List<Long> all = new java.util.ArrayList<>();
        for (var f : versions) {
            all.addAll(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdownNow();

        assertThat(all).doesNotHaveDuplicates().hasSize(writers * batches).allMatch(v -> v >= 2 && v <= 1 + writers * batches);
        assertThat(doc("devices", "d-1").version()).isEqualTo(1 + writers * batches);
    }

    @Test
    void shouldTombstoneDeletedDocumentsAndContinueTheirVersionWhenRecreated() {
        writer.applyAlone("acme", fleetScript());

        writer.applyAlone("acme", List.of(new Mutation.DeleteNode(D1)));
        assertThat(documents.find("acme", "devices", "d-1")).isEmpty();
        assertThat(doc("bins", "b-1").body().get("devices")).isEqualTo(List.of(ordered("id", "d-2", "model", "M2")));
        assertThat(doc("bins", "b-1").version()).isEqualTo(2);

        List<TouchedDocument> recreated = writer.applyAlone("acme", List.of(upsert(D1, props("model", "M1"))));
        assertThat(recreated).containsExactly(new TouchedDocument("devices", "d-1", 3, false));
        assertThat(doc("devices", "d-1").body()).containsEntry("binIds", List.of()).containsEntry("model", "M1");
    }

    @Test
    void shouldRejectABatchAddressingAMissingNodeAndChangeNothing() {
        writer.applyAlone("acme", fleetScript());
        DocumentView before = doc("bins", "b-1");

        MutationRejectedException rejected = catchThrowableOfType(MutationRejectedException.class, () ->
                writer.applyAlone("acme", List.of(upsert(D1, props("model", "X")), new Mutation.DeleteNode(D2),
                        link("MONITORS", new NodeRef("Device", "d-404"), BIN, props()))));

        assertThat(rejected.problems()).containsExactly(new MutationProblem(2, "link MONITORS from Device 'd-404' to "
                + "Bin 'b-1': Device 'd-404' does not exist in tenant 'acme' — upsert it first, in this batch or before"));
        assertThat(doc("bins", "b-1")).isEqualTo(before);
        assertThat(doc("devices", "d-2").version()).isEqualTo(1);
        assertThat(writer.applyAlone("acme", List.of(upsert(D1, props("model", "M3"))))).hasSize(2);
    }

    @Test
    void shouldHandBackDocumentsWhoseVersionIsNotTheOneBeforeAndThoseEmbeddingThem() {
        writer.applyAlone("acme", fleetScript());
        List<Mutation> rename = List.of(upsert(D2, props("model", "M7")));

        List<TouchedDocument> notApplied = writer.applyAfterGraph("acme", rename, List.of(
                new TouchedDocument("devices", "d-2", 3, false), new TouchedDocument("bins", "b-1", 2, false)));

        assertThat(notApplied).as("the bin embeds d-2, whose own document is being re-rendered")
                .containsExactlyInAnyOrder(new TouchedDocument("devices", "d-2", 3, false),
                        new TouchedDocument("bins", "b-1", 2, false));
        assertThat(doc("devices", "d-2").version()).isEqualTo(1);
        assertThat(doc("bins", "b-1").version()).isEqualTo(1);
        assertThat(writer.applyAfterGraph("acme", rename, List.of(new TouchedDocument("devices", "d-2", 2, false),
                new TouchedDocument("bins", "b-1", 2, false)))).isEmpty();
        assertThat(doc("bins", "b-1").body().get("devices")).asList().contains(ordered("id", "d-2", "model", "M7"));
    }

    @Test
    void shouldHandBackAnObjectEmbedWhoseShownNeighbourIsUnlinked() {
        writer.applyAlone("acme", fleetScript());

        List<TouchedDocument> touched = List.of(new TouchedDocument("bins", "b-1", 2, false),
                new TouchedDocument("sites", "s-1", 2, false));
        assertThat(writer.applyAfterGraph("acme", List.of(new Mutation.Unlink("HAS_BIN", SITE, BIN)), touched))
                .containsExactly(new TouchedDocument("bins", "b-1", 2, false));
        assertThat(doc("sites", "s-1").body().get("binIds")).isEqualTo(List.of());
    }

    /**
     * Found by the chaos rehearsal: a writer paused between planning a batch and journalling it, past its lease, while
     * another writer changed the same document. Before, the paused writer journalled its stale plan anyway and took
     * the other's document at the same version for its own ("already applied"): acknowledged, and lost.
     */
    @Test
    void shouldRefuseTheBatchOfAWriterThatLostItsLeaseBetweenPlanningAndJournallingWhenAnotherWroteMeanwhile() {
        writer.applyAlone("acme", List.of(upsert(D1, props("batteryPct", 1L))));
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        MongoNativeWriter other = new MongoNativeWriter(stores.mongo(), fleet,
                new MutableClock(clock.instant().plus(MongoNativeWriter.LEASE).plusSeconds(1)), MongoNativeWriter.Hooks.NONE);
        MongoNativeWriter paused = new MongoNativeWriter(stores.mongo(), fleet, clock, new MongoNativeWriter.Hooks() {
            @Override
            public void applied(String tenant, int applied) {
            }

            @Override
            public void decided(String tenant) { // the pause: the other writer takes the expired lease and writes
                other.applyAlone("acme", List.of(upsert(D1, props("batteryPct", 3L))));
            }
        });

        Throwable thrown = catchThrowable(() -> paused.applyAlone("acme", List.of(upsert(D1, props("batteryPct", 2L)))));
        assertThat(thrown).hasMessageContaining("lost the write lock of tenant 'acme'");
        assertThat(doc("devices", "d-1").body()).containsEntry("batteryPct", 3L);
        assertThat(doc("devices", "d-1").version()).isEqualTo(2);
        assertThat(other.applyAlone("acme", List.of(upsert(D1, props("batteryPct", 4L))))).as("nothing left journalled")
                .contains(new TouchedDocument("devices", "d-1", 3, false));
    }

    @Test
    void shouldRollAJournalForwardAfterAWriterCrashedHalfway() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        MongoNativeWriter crashing = new MongoNativeWriter(stores.mongo(), fleet, clock, (tenant, applied) -> {
            if (applied == 2) {
                throw new IllegalStateException("simulated crash after 2 documents");
            }
        });

        catchThrowableOfType(IllegalStateException.class, () -> crashing.applyAlone("acme", fleetScript()));
        assertThat(documents.count("acme", "bins") + documents.count("acme", "devices") + documents.count("acme", "sites")
                + documents.count("acme", "customers")).isEqualTo(2);

        clock.advance(MongoNativeWriter.LEASE.plus(Duration.ofSeconds(1)));
        new MongoNativeWriter(stores.mongo(), fleet, clock, MongoNativeWriter.Hooks.NONE).prepare("acme");
        assertThat(doc("bins", "b-1").body().get("devices")).asList().hasSize(2);
        assertThat(doc("customers", "c-1").body()).containsEntry("siteIds", List.of("s-1"));
    }

    /**
     * Found by the chaos rehearsal (seed 1, 10 minutes): an instance killed while holding a tenant's write lease made
     * the other instance's MongoDB-only batches fail with 503 until the lease ran out. A batch now waits it out: here
     * the killed holder's lease ends 9 s after the next batch starts (the wait
     * allows 11 s; before, it gave up after its 200 attempts, 5–7 s).
     */
    @Test
    void shouldWaitOutTheLeaseOfAWriterKilledHoldingItWhenTheNextBatchComes() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        MongoNativeWriter killed = new MongoNativeWriter(stores.mongo(), fleet, clock, (tenant, applied) -> {
            if (applied == 2) {
                throw new IllegalStateException("simulated kill after 2 documents");
            }
        });
        catchThrowableOfType(IllegalStateException.class, () -> killed.applyAlone("acme", fleetScript()));
        Instant nineSecondsBeforeExpiry = clock.instant().plus(MongoNativeWriter.LEASE).minusSeconds(9);
        Clock ticking = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), nineSecondsBeforeExpiry));
        MongoNativeWriter next = new MongoNativeWriter(stores.mongo(), fleet, ticking, MongoNativeWriter.Hooks.NONE);

        List<TouchedDocument> touched = next.applyAlone("acme", List.of(upsert(D1, props("batteryPct", 7L))));

        assertThat(touched).extracting(TouchedDocument::key).contains("d-1");
        assertThat(doc("devices", "d-1").body()).containsEntry("batteryPct", 7L);
        assertThat(doc("bins", "b-1").body().get("devices")).as("the killed batch rolled forward").asList().hasSize(2);
    }

    /**
     * The claim in docs/phases.md: start-up after a crash waits out the crashed holder's lease instead of giving up. Here the
     * lease ends 12 s after start-up's prepare begins; without the wait, prepare gave up after its 200 attempts (5–7 s).
     */
    @Test
    void shouldWaitOutACrashedHoldersLeaseWhenPreparingAtStartUp() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        MongoNativeWriter crashing = new MongoNativeWriter(stores.mongo(), fleet, clock, (tenant, applied) -> {
            if (applied == 2) {
                throw new IllegalStateException("simulated crash after 2 documents");
            }
        });
        catchThrowableOfType(IllegalStateException.class, () -> crashing.applyAlone("acme", fleetScript()));
        Instant twelveSecondsBeforeExpiry = clock.instant().plus(MongoNativeWriter.LEASE).minusSeconds(12);
        Clock ticking = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), twelveSecondsBeforeExpiry));

        new MongoNativeWriter(stores.mongo(), fleet, ticking, MongoNativeWriter.Hooks.NONE).prepare("acme");

        assertThat(doc("bins", "b-1").body().get("devices")).as("the crashed batch rolled forward").asList().hasSize(2);
    }

    @Test
    void shouldWriteTheMoviesMappingWithSetsInKeyOrder() {
        Mapping movies = load("movies.yaml");
        MongoNativeWriter moviesWriter = new MongoNativeWriter(stores.mongo(), movies);
        MongoDocumentStore moviesDocuments = new MongoDocumentStore(stores.mongo(), movies);
        NodeRef matrix = new NodeRef("Movie", "The Matrix");
        NodeRef keanu = new NodeRef("Person", "Keanu Reeves");
        NodeRef carrie = new NodeRef("Person", "Carrie-Anne Moss");

        moviesWriter.applyAlone("movies", List.of(upsert(matrix, props("released", 1999L)), upsert(keanu, props("born", 1964L)),
                upsert(carrie, props("born", 1967L)), link("ACTED_IN", keanu, matrix, props("roles", List.of("Neo"))),
                link("ACTED_IN", carrie, matrix, props("roles", List.of("Trinity"))), link("FOLLOWS", keanu, keanu, props())));

        DocumentView movie = moviesDocuments.find("movies", "movies", "The Matrix").orElseThrow();
        assertThat(movie.body()).isEqualTo(ordered("released", 1999L, "title", "The Matrix", "cast", List.of(
                ordered("name", "Carrie-Anne Moss", "born", 1967L, "roles", List.of("Trinity")),
                ordered("name", "Keanu Reeves", "born", 1964L, "roles", List.of("Neo"))),
                "directors", List.of(), "reviews", List.of(), "producers", List.of(), "writers", List.of()));
        assertThat(moviesDocuments.find("movies", "people", "Keanu Reeves").orElseThrow().body())
                .isEqualTo(ordered("born", 1964L, "name", "Keanu Reeves", "actedIn", List.of("The Matrix"),
                        "directed", List.of(), "follows", List.of("Keanu Reeves")));
    }

    private List<Mutation> fleetScript() {
        return List.of(upsert(ACME, props("name", "Acme", "tier", "gold")), upsert(SITE, props("name", "Depot")),
                upsert(BIN, props("capacityLitres", 240L)), upsert(D2, props("model", "M2")), upsert(D1, props("model", "M1")),
                link("OWNS", ACME, SITE, props()), link("HAS_BIN", SITE, BIN, props("position", 3L)),
                link("MONITORS", D2, BIN, props()), link("MONITORS", D1, BIN, props("since", 2024L)));
    }

    private DocumentView doc(String collection, Object key) {
        return documents.find("acme", collection, key).orElseThrow();
    }

    private static Mapping load(String file) {
        try {
            return MappingLoader.parse(Files.readString(Path.of("migrations", file)), file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mutation upsert(NodeRef node, Map<String, Object> properties) {
        return new Mutation.UpsertNode(node, properties);
    }

    private static Mutation link(String type, NodeRef from, NodeRef to, Map<String, Object> properties) {
        return new Mutation.Link(type, from, to, properties);
    }

    private static Map<String, Object> props(Object... pairs) {
        return ordered(pairs);
    }

    /** A map in the given order: equality ignores order, so tests that care about it compare key lists too. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
