package dev.graph2doc.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.diff.Outcome;
import dev.graph2doc.read.shadow.ComparisonResult;
import dev.graph2doc.read.shadow.DocumentJson;
import dev.graph2doc.read.shadow.DocumentReadSource;
import dev.graph2doc.read.shadow.GraphReadSource;
import dev.graph2doc.read.shadow.ReadPage;
import dev.graph2doc.read.shadow.ReadQuery;
import dev.graph2doc.read.shadow.ReadSource;
import dev.graph2doc.read.shadow.ShadowComparator;
import dev.graph2doc.read.shadow.ShadowListener;
import dev.graph2doc.read.shadow.ShadowSettings;
import dev.graph2doc.rehearse.LoopbackProxy;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.FieldFilter;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.MongoConnector;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphSchema;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.testing.RenderComparison;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Both stores serve the same JSON for every root, and the comparator finds no difference where there is none. */
@ExtendWith(StoresExtension.class)
class ReadSourcesIT {

    private Mapping mapping;
    private GraphStore graph;
    private DocumentStore documents;

    private void copied(TestStores stores, String mappingFile) {
        mapping = MappingLoader.load(Path.of("migrations", mappingFile), new Neo4jGraphSchema(stores.neo4j()));
        graph = new Neo4jGraphStore(stores.neo4j(), mapping);
        documents = new MongoDocumentStore(stores.mongo(), mapping);
        graph.prepare();
        RenderComparison all = new RenderComparison(mapping, graph, documents);
        for (String tenant : graph.tenants()) {
            for (CollectionMapping c : mapping.collections()) {
                documents.upsertIfNewer(tenant, c.name(), all.renderAll(c, tenant));
            }
        }
    }

    private void fleet(TestStores stores) {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(2, 15, 2, 11L), m -> { });
        copied(stores, "fleet.yaml");
    }

    @Test
    void shouldServeIdenticalJsonFromBothStoresForEveryRootOfTheFleet(TestStores stores) {
        fleet(stores);
        assertIdenticalPages();
    }

    @Test
    void shouldServeIdenticalJsonFromBothStoresForEveryRootOfTheMovies(TestStores stores) {
        stores.clear();
        stores.loadMovies();
        copied(stores, "movies.yaml");
        assertIdenticalPages();
    }

    @Test
    void shouldFilterTheSameDocumentsOnBothStoresWhenAValueCouldBeTextOrNumber(TestStores stores) {
        fleet(stores);
        CollectionMapping bins = mapping.collection("bins").orElseThrow();
        CollectionMapping devices = mapping.collection("devices").orElseThrow();
        for (String tenant : graph.tenants()) {
            Object capacity = documents.page(tenant, "bins", null, 1).get(0).body().get("capacityLitres");
            Object model = documents.page(tenant, "devices", null, 1).get(0).body().get("model");
            ReadQuery byCapacity = new ReadQuery("bins", filter("capacityLitres", String.valueOf(capacity)), null, 1000);
            ReadQuery byModel = new ReadQuery("devices", filter("model", String.valueOf(model)), null, 1000);
            assertSamePage(tenant, bins, byCapacity, true);
            assertSamePage(tenant, devices, byModel, true);
        }
    }

    @Test
    void shouldAnswerSeveralKeysAtOnceAsEachKeyAloneWhenTheComparatorBatches(TestStores stores) {
        fleet(stores);
        String tenant = graph.tenants().get(0);
        for (CollectionMapping c : mapping.collections()) {
            List<Object> keys = new java.util.ArrayList<>(graph.keyBoundaries(c, tenant, 1));
            keys.add(keys.get(0)); // asked twice
            keys.add("no-such-key");
            for (ReadSource source : List.of(new GraphReadSource(graph), new DocumentReadSource(documents))) {
                List<Object> one = keys.stream().distinct().flatMap(k -> source.get(tenant, c, k).stream())
                        .map(d -> (Object) DocumentJson.of(c.key(), d)).toList();
                List<Object> all = source.getAll(tenant, c, keys.stream().distinct().toList()).stream()
                        .map(d -> (Object) DocumentJson.of(c.key(), d)).toList();
                assertThat(all).as("%s %s", source.name(), c.name()).hasSize(keys.size() - 2)
                        .containsExactlyInAnyOrderElementsOf(one);
            }
        }
    }

    @Test
    void shouldFindNoDifferenceBetweenTheStoresAfterACopy(TestStores stores) throws Exception {
        fleet(stores);
        assertEveryRootMatches(false);
    }

    @Test
    void shouldMeasureAZeroNoiseFloorWhenComparingControlWithControl(TestStores stores) throws Exception {
        fleet(stores);
        assertEveryRootMatches(true);
    }

    @Test
    void shouldKeepServingAndCountCandidateFailuresWhenMongoIsDown(TestStores stores) throws Exception {
        fleet(stores);
        URI mongo = URI.create(stores.mongoUri());
        BlockingQueue<ComparisonResult> results = new LinkedBlockingQueue<>();
        try (LoopbackProxy proxy = new LoopbackProxy(mongo.getHost(), mongo.getPort());
             MongoClient viaProxy = MongoConnector.connect("mongodb://127.0.0.1:" + proxy.port(), Duration.ofMillis(300));
             ShadowComparator comparator = comparator(false, results::add)) {
            ReadRouter router = new ReadRouter(t -> Phase.FORK_WRITES, new GraphReadSource(graph),
                    new DocumentReadSource(new MongoDocumentStore(viaProxy, mapping)), comparator, false, ReadMetrics.NONE);
            proxy.cut();
            CollectionMapping devices = mapping.collection("devices").orElseThrow();
            List<Object> keys = graph.renderRange(devices, "acme", null, null, 10).documents().stream()
                    .map(DocumentView::key).toList();
            for (Object key : keys) {
                assertThat(router.get("acme", devices, key)).as("served by Neo4j while MongoDB is down").isPresent();
            }
            for (int i = 0; i < keys.size(); i++) {
                ComparisonResult r = results.poll(10, TimeUnit.SECONDS);
                assertThat(r).as("comparison %d of %d", i + 1, keys.size()).isNotNull();
                assertThat(r.outcome()).isIn(Outcome.ERROR, Outcome.TIMEOUT);
            }
        }
    }

    private void assertEveryRootMatches(boolean controlVsControl) throws Exception {
        BlockingQueue<ComparisonResult> results = new LinkedBlockingQueue<>();
        try (ShadowComparator comparator = comparator(controlVsControl, results::add)) {
            Phase phase = controlVsControl ? Phase.GRAPH_ONLY : Phase.FORK_WRITES;
            ReadRouter router = new ReadRouter(t -> phase, new GraphReadSource(graph), new DocumentReadSource(documents),
                    comparator, controlVsControl, ReadMetrics.NONE);
            int roots = 0;
            for (String tenant : graph.tenants()) {
                for (CollectionMapping c : mapping.collections()) {
                    for (DocumentView doc : new RenderComparison(mapping, graph, documents).renderAll(c, tenant)) {
                        assertThat(router.get(tenant, c, doc.key())).isPresent();
                        roots++;
                    }
                }
            }
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < roots; i++) {
                ComparisonResult r = Objects.requireNonNull(results.poll(10, TimeUnit.SECONDS), "comparison " + i);
                if (r.outcome() != Outcome.MATCH) {
                    differences.add(r.collection() + "/" + r.key() + ": " + r.outcome() + " " + r.paths());
                }
            }
            assertThat(roots).isGreaterThan(100);
            assertThat(differences).isEmpty();
        }
    }

    private ShadowComparator comparator(boolean controlVsControl, java.util.function.Consumer<ComparisonResult> sink) {
        ShadowSettings settings = new ShadowSettings(Map.of(Phase.GRAPH_ONLY, 1.0, Phase.FORK_WRITES, 1.0), 2, 100_000,
                Duration.ofSeconds(2), Duration.ofMillis(50), controlVsControl, List.of(), 2000);
        return new ShadowComparator(new DocumentDiff(mapping, List.of()), settings, new ShadowListener() {
            @Override
            public void compared(ComparisonResult result) {
                sink.accept(result);
            }
        }, () -> 0.0);
    }

    private void assertIdenticalPages() {
        for (String tenant : graph.tenants()) {
            for (CollectionMapping c : mapping.collections()) {
                int pages = assertSamePage(tenant, c, new ReadQuery(c.name(), FieldFilter.NONE, null, 13), false);
                assertThat(pages).as(tenant + "/" + c.name()).isPositive();
            }
        }
    }

    /** Pages through both stores; returns how many pages there were. */
    private int assertSamePage(String tenant, CollectionMapping c, ReadQuery first, boolean nonEmpty) {
        ReadSource neo4j = new GraphReadSource(graph);
        ReadSource mongo = new DocumentReadSource(documents);
        int pages = 0;
        for (ReadQuery q = first; q != null; pages++) {
            ReadPage fromGraph = neo4j.page(tenant, c, q);
            ReadPage fromMongo = mongo.page(tenant, c, q);
            assertThat(json(c, fromMongo)).as("%s/%s after %s", tenant, c.name(), q.after()).isEqualTo(json(c, fromGraph));
            assertThat(fromMongo.next()).isEqualTo(fromGraph.next());
            if (nonEmpty) {
                assertThat(fromGraph.items()).isNotEmpty();
            }
            q = fromGraph.next() == null ? null : new ReadQuery(q.collection(), q.filter(), fromGraph.next(), q.limit());
        }
        return pages;
    }

    private static List<Map<String, Object>> json(CollectionMapping c, ReadPage page) {
        return page.items().stream().map(d -> DocumentJson.of(c.key(), d)).toList();
    }

    private static FieldFilter filter(String field, String value) {
        return new FieldFilter(Map.of(field, FilterValues.candidates(value)));
    }
}
