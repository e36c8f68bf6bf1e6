package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphSchema;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The two shipped mappings, loaded from migrations/, copy completely: every root's document equals its render. */
@ExtendWith(StoresExtension.class)
class MappedCopyIT {

    private static final CopySettings SETTINGS = new CopySettings(100, 400, Duration.ofSeconds(30), Duration.ofMillis(10));

    private TestStores stores;

    @BeforeEach
    void empty(TestStores stores) {
        this.stores = stores;
        stores.clear();
    }

    @Test
    void shouldCopyTheFleetGraphCompletelyWithTheShippedMapping() throws InterruptedException {
        FleetSpec spec = new FleetSpec(3, 120, 4, 11L);
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(spec, m -> { });
        Mapping fleet = MappingLoader.load(Path.of("migrations/fleet.yaml"), new Neo4jGraphSchema(stores.neo4j()));

        try (CopyFixture fixture = new CopyFixture(stores, fleet)) {
            copyEverything(fixture);

            fixture.assertMongoEqualsRender(spec.tenantNames());
            assertThat(fixture.documents.count("globex", "readings")).isEqualTo(120 * 4);
            DocumentView bin = fixture.documents.find("acme", "bins", "b-000009").orElseThrow();
            assertThat(bin.body().get("devices")).as("every tenth bin has no device").isEqualTo(List.of());
            assertThat(stores.mongo().listDatabaseNames().into(new java.util.ArrayList<>()))
                    .contains("fleet_acme", "fleet_globex", "fleet_initech");
            assertThat(indexKeys("fleet_initech", "bins")).contains(new org.bson.Document("site.id", 1));
            assertThat(indexKeys("fleet_initech", "readings")).contains(new org.bson.Document("device.id", 1).append("at", 1));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldCopyTheMoviesGraphCompletelyWithTheShippedMapping() throws InterruptedException {
        stores.loadMovies();
        Mapping movies = MappingLoader.load(Path.of("migrations/movies.yaml"), new Neo4jGraphSchema(stores.neo4j()));

        try (CopyFixture fixture = new CopyFixture(stores, movies)) {
            copyEverything(fixture);

            fixture.assertMongoEqualsRender(List.of("movies"));
            assertThat(fixture.documents.count("movies", "movies")).isEqualTo(38);
            assertThat(fixture.documents.count("movies", "people")).isEqualTo(133);
            DocumentView matrix = fixture.documents.find("movies", "movies", "The Matrix").orElseThrow();
            assertThat((List<Object>) matrix.body().get("cast"))
                    .contains(Map.of("name", "Keanu Reeves", "born", 1964L, "roles", List.of("Neo")));
            assertThat(matrix.body().get("producers")).isEqualTo(List.of("Joel Silver"));
        }
    }

    private List<org.bson.Document> indexKeys(String database, String collection) {
        return stores.mongo().getDatabase(database).getCollection(collection).listIndexes()
                .map(index -> index.get("key", org.bson.Document.class)).into(new java.util.ArrayList<>());
    }

    private static void copyEverything(CopyFixture fixture) throws InterruptedException {
        CopyCoordinator coordinator = fixture.coordinator("a", SETTINGS, CopyProgressListener.NONE);
        coordinator.start(fixture.graph.tenants(), List.of());
        CopyFixture.copyAll(coordinator);
        assertThat(coordinator.status()).allSatisfy(s -> assertThat(s.state()).isEqualTo(CopyStatus.State.COMPLETE));
    }
}
