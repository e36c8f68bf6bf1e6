package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentEquality;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Target;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.mongo.MongoNativeWriter;
import dev.graph2doc.testing.RenderComparison;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The unfork promise: the same mutation script, applied once through the graph and its render and once to
 * MongoDB alone, leaves identical documents — for the fleet and the movies mappings.
 */
@ExtendWith(StoresExtension.class)
class NativeMatchesRenderIT {

    @Test
    void shouldLeaveIdenticalDocumentsWhenTheFleetScriptRunsThroughTheGraphAndThroughMongoAlone(TestStores stores) {
        stores.clear();
        WriteFixture.seedFleet(stores, 15);
        WriteFixture fx = new WriteFixture(stores, "fleet.yaml");

        int applied = runBothWays(stores, fx, List.of("acme", "globex"), 160, NativeMatchesRenderIT::fleetBatch);

        assertThat(applied).as("batches both ways accepted").isGreaterThan(100);
    }

    @Test
    void shouldLeaveIdenticalDocumentsWhenTheMoviesScriptRunsThroughTheGraphAndThroughMongoAlone(TestStores stores) {
        stores.clear();
        stores.loadMovies();
        WriteFixture fx = new WriteFixture(stores, "movies.yaml");

        int applied = runBothWays(stores, fx, List.of("movies"), 120, NativeMatchesRenderIT::moviesBatch);

        assertThat(applied).isGreaterThan(80);
    }

    /** Copies the graph into two databases, runs the script both ways, and compares them document by document. */
    private static int runBothWays(TestStores stores, WriteFixture fx, List<String> tenants, int batches,
                                   BiFunction<Random, Integer, List<Mutation>> script) {
        Mapping rendered = withPrefix(fx.mapping, "viagraph_");
        Mapping alone = withPrefix(fx.mapping, "alone_");
        DocumentStore graphSide = new MongoDocumentStore(stores.mongo(), rendered);
        DocumentStore mongoSide = new MongoDocumentStore(stores.mongo(), alone);
        Rerenderer render = new Rerenderer(rendered, fx.graph, graphSide);
        MongoNativeWriter nativeWriter = new MongoNativeWriter(stores.mongo(), alone);
        RenderComparison comparison = new RenderComparison(fx.mapping, fx.graph, fx.documents);
        for (String tenant : tenants) {
            for (CollectionMapping c : fx.mapping.collections()) {
                List<DocumentView> all = comparison.renderAll(c, tenant);
                graphSide.upsertIfNewer(tenant, c.name(), all);
                mongoSide.upsertIfNewer(tenant, c.name(), all);
            }
        }
        Random random = new Random(42);
        int accepted = 0;
        for (int i = 0; i < batches; i++) {
            String tenant = tenants.get(random.nextInt(tenants.size()));
            List<Mutation> batch = script.apply(random, i);
            boolean viaGraph = applyViaGraph(fx, render, tenant, batch);
            boolean viaMongo = applyAlone(nativeWriter, tenant, batch);
            assertThat(viaMongo).as("batch %d accepted the same way on both paths: %s", i, batch).isEqualTo(viaGraph);
            accepted += viaGraph ? 1 : 0;
        }
        for (String tenant : tenants) {
            for (CollectionMapping c : fx.mapping.collections()) {
                assertSame(new RenderComparison(rendered, fx.graph, graphSide).storedAll(c.name(), tenant),
                        new RenderComparison(alone, fx.graph, mongoSide).storedAll(c.name(), tenant), tenant + "/" + c.name());
            }
        }
        new RenderComparison(rendered, fx.graph, graphSide).assertMongoEqualsRender(tenants);
        return accepted;
    }

    private static boolean applyViaGraph(WriteFixture fx, Rerenderer render, String tenant, List<Mutation> batch) {
        try {
            render.rewrite(tenant, fx.writer.apply(tenant, batch, false));
            return true;
        } catch (MutationRejectedException e) {
            return false;
        }
    }

    private static boolean applyAlone(MongoNativeWriter writer, String tenant, List<Mutation> batch) {
        try {
            writer.applyAlone(tenant, batch);
            return true;
        } catch (MutationRejectedException e) {
            return false;
        }
    }

    private static void assertSame(List<DocumentView> viaGraph, List<DocumentView> alone, String where) {
        assertThat(alone.stream().map(DocumentView::key).toList()).as(where + " keys").isEqualTo(viaGraph.stream().map(DocumentView::key).toList());
        for (int i = 0; i < viaGraph.size(); i++) {
            DocumentView expected = viaGraph.get(i);
            DocumentView actual = alone.get(i);
            assertThat(DocumentEquality.same(expected, actual)).as("%s %s:%n via graph %s%n alone     %s", where,
                    expected.key(), expected, actual).isTrue();
            assertThat(actual.version()).as(where + " " + expected.key() + " version").isEqualTo(expected.version());
        }
    }

    private static Mapping withPrefix(Mapping mapping, String prefix) {
        return new Mapping(mapping.source(), mapping.tenancy(), new Target(mapping.target().layout(), prefix,
                mapping.target().database()), mapping.collections(), mapping.lines());
    }

    private static List<Mutation> fleetBatch(Random random, int i) {
        NodeRef device = new NodeRef("Device", String.format("d-%06d", random.nextInt(18)));
        NodeRef bin = new NodeRef("Bin", String.format("b-%06d", random.nextInt(12)));
        NodeRef reading = new NodeRef("Reading", "r-script-" + random.nextInt(30));
        return switch (random.nextInt(9)) {
            case 0 -> List.of(new Mutation.UpsertNode(device, Map.of("model", "M" + i, "batteryPct", (long) random.nextInt(100))));
            case 1 -> List.of(new Mutation.DeleteNode(device));
            case 2 -> List.of(new Mutation.UpsertNode(device, Map.of("model", "new" + i, "active", true)),
                    new Mutation.Link("MONITORS", device, bin, Map.of("since", "2026-0" + (1 + random.nextInt(9)))));
            case 3 -> List.of(new Mutation.Unlink("MONITORS", device, bin));
            case 4 -> List.of(new Mutation.UpsertNode(bin, Map.of("fillLevel", random.nextDouble(), "streams", List.of("glass", "paper"))));
            case 5 -> List.of(new Mutation.UpsertNode(new NodeRef("Site", String.format("s-%04d", random.nextInt(3))),
                    Map.of("name", "Site " + i, "city", "City " + random.nextInt(4))));
            case 6 -> List.of(new Mutation.UpsertNode(reading, Map.of("value", (double) i, "at", "2026-03-01T00:00:" + (i % 60))),
                    new Mutation.Link("REPORTED", device, reading, Map.of()));
            case 7 -> List.of(new Mutation.DeleteNode(reading));
            default -> List.of(new Mutation.UpsertNode(device, Map.of("batteryPct", (long) i)),
                    new Mutation.UpsertNode(bin, Map.of("capacityLitres", (long) (100 + i))), new Mutation.DeleteNode(device));
        };
    }

    private static List<Mutation> moviesBatch(Random random, int i) {
        String[] people = {"Keanu Reeves", "Carrie-Anne Moss", "Tom Hanks", "Meg Ryan", "Newcomer " + random.nextInt(4)};
        String[] movies = {"The Matrix", "Cast Away", "You've Got Mail", "A New Film " + random.nextInt(3)};
        NodeRef person = new NodeRef("Person", people[random.nextInt(people.length)]);
        NodeRef movie = new NodeRef("Movie", movies[random.nextInt(movies.length)]);
        return switch (random.nextInt(7)) {
            case 0 -> List.of(new Mutation.UpsertNode(person, Map.of("born", (long) (1950 + random.nextInt(50)))));
            case 1 -> List.of(new Mutation.UpsertNode(person, Map.of()), new Mutation.UpsertNode(movie, Map.of("released", 2026L)),
                    new Mutation.Link("ACTED_IN", person, movie, Map.of("roles", List.of("Role " + i))));
            case 2 -> List.of(new Mutation.Unlink("ACTED_IN", person, movie));
            case 3 -> List.of(new Mutation.UpsertNode(movie, Map.of("tagline", "Tagline " + i)));
            case 4 -> List.of(new Mutation.Link("DIRECTED", person, movie, Map.of()));
            case 5 -> List.of(new Mutation.Link("FOLLOWS", person, new NodeRef("Person", people[random.nextInt(people.length)]), Map.of()));
            default -> List.of(new Mutation.DeleteNode(random.nextBoolean() ? person : movie));
        };
    }
}
