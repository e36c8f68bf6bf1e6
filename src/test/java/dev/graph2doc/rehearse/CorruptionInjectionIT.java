package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.FieldFilter;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The corruption fault's injection on real stores, without a whole rehearsal: the graph rendered into MongoDB as the
 * copy would, the target chosen from the sampled documents, the documents rewritten — and counted.
 */
@ExtendWith(StoresExtension.class)
class CorruptionInjectionIT {

    private TestStores stores;

    @BeforeEach
    void empty(TestStores stores) {
        this.stores = stores;
        stores.clear();
    }

    @Test
    void shouldCorruptDocumentsWhenTheLoadIsReadOffTheFleetMapping() throws Exception {
        Mapping fleet = load("fleet.yaml");
        String tenant = seedFleet();
        GraphSample sample = copy(fleet, tenant);

        assertCorrupted(fleet, tenant, CorruptionTarget.choose(fleet, sample, tenant));
    }

    @Test
    void shouldCorruptBinsWhenTheLoadIsTheFleetClients() throws Exception {
        Mapping fleet = load("fleet.yaml");
        String tenant = seedFleet();
        copy(fleet, tenant);

        Optional<Workload.Corruption> bins = new FleetWorkload(null, new Ledger(), 24).corruption(tenant);

        assertThat(assertCorrupted(fleet, tenant, bins).what()).startsWith("corrupted 6 document(s) of bins: capacityLitres = -1");
    }

    @Test
    void shouldCorruptDocumentsWhenTheLoadIsReadOffTheMoviesMapping() throws Exception {
        Mapping movies = load("movies.yaml");
        RehearsalGraph.LOADER.load(stores.neo4j(), Path.of("migrations", "movies.cypher"));
        GraphSample sample = copy(movies, "movies");

        assertCorrupted(movies, "movies", CorruptionTarget.choose(movies, sample, "movies"));
    }

    @Test
    void shouldInjectNothingAndSayNotInjectedWhenTheMappingHasNoCorruptibleField() throws Exception {
        Mapping keysOnly = MappingLoader.parse("""
                tenant: { fixed: tags }
                target: { layout: database-per-tenant, databasePrefix: "k_" }
                collections:
                  - { name: tags, root: Tag, key: id, fields: [id] }
                """, "keys-only.yaml");
        stores.neo4j().executableQuery("UNWIND range(1, 30) AS i CREATE (:Tag {id: 'tag' + i, colour: 'red'})").execute();
        GraphSample sample = copy(keysOnly, "tags");
        MongoDatabase database = stores.mongo().getDatabase(keysOnly.target().databaseFor("tags"));
        List<Document> before = database.getCollection("tags").find().into(new java.util.ArrayList<>());

        CorruptionInjection.Injection injection = CorruptionInjection.inject(database,
                CorruptionTarget.choose(keysOnly, sample, "tags"));

        assertThat(injection.injected()).isFalse();
        assertThat(injection.notInjectedBecause()).isEqualTo(CorruptionTarget.NONE);
        assertThat(injection.keys()).isEmpty();
        assertThat(before).hasSize(30);
        assertThat(database.getCollection("tags").find().into(new java.util.ArrayList<>())).as("nothing changed")
                .isEqualTo(before);
    }

    @Test
    void shouldSayNotInjectedWhenTheChosenDocumentsAreNotInMongo() throws Exception {
        MongoDatabase database = stores.mongo().getDatabase("k_nowhere");

        CorruptionInjection.Injection injection = CorruptionInjection.inject(database,
                Optional.of(new Workload.Corruption("tags", "colour", "x", List.of("tag1", "tag2"))));

        assertThat(injection.injected()).isFalse();
        assertThat(injection.notInjectedBecause()).isEqualTo("0 of the 2 chosen tags document(s) changed in k_nowhere when "
                + "setting colour = 'x' (absent from MongoDB, or holding that value already)");
    }

    /** Injects, then checks that at least one document changed and every counted one holds the corrupted value. */
    private CorruptionInjection.Injection assertCorrupted(Mapping mapping, String tenant, Optional<Workload.Corruption> target) {
        assertThat(target).as("a corruptible field was found").isPresent();
        Workload.Corruption c = target.get();
        MongoDatabase database = stores.mongo().getDatabase(mapping.target().databaseFor(tenant));

        CorruptionInjection.Injection injection = CorruptionInjection.inject(database, target);

        assertThat(injection.injected()).as(String.valueOf(injection.notInjectedBecause())).isTrue();
        assertThat(injection.keys()).isNotEmpty().hasSize(c.keys().size());
        assertThat(injection.what()).startsWith("corrupted " + injection.keys().size() + " document(s) of " + c.collection()
                + ": " + c.field() + " = ");
        for (Object key : injection.keys()) {
            Document stored = database.getCollection(c.collection()).find(Filters.eq("_id", key)).first();
            assertThat(stored).as("document " + key).isNotNull();
            assertThat(stored.get(c.field())).as("document " + key).isEqualTo(c.value());
        }
        return injection;
    }

    private String seedFleet() {
        FleetSpec spec = new FleetSpec(1, 24, 3, 42L);
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(spec, m -> { });
        return spec.tenantNames().get(0);
    }

    /** Every root rendered into MongoDB as the copy writes it; the sample the mapped load would take. */
    private GraphSample copy(Mapping mapping, String tenant) {
        GraphStore graph = new Neo4jGraphStore(stores.neo4j(), mapping);
        DocumentStore documents = new MongoDocumentStore(stores.mongo(), mapping);
        for (CollectionMapping c : mapping.collections()) {
            var rendered = graph.renderPage(c, tenant, FieldFilter.NONE, null, 10_000).documents();
            assertThat(rendered).as(c.name()).isNotEmpty();
            documents.upsertIfNewer(tenant, c.name(), rendered);
        }
        return GraphSample.read(graph, mapping, List.of(tenant));
    }

    private static Mapping load(String file) throws Exception {
        return MappingLoader.parse(Files.readString(Path.of("migrations", file)), file);
    }
}
