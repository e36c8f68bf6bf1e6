package dev.graph2doc.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.GraphSchema.DuplicateKey;
import dev.graph2doc.mapping.GraphSchema.KeyType;
import dev.graph2doc.mapping.GraphSchema.LabelSet;
import dev.graph2doc.mapping.GraphSchema.PatternCounts;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingException;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.mapping.MappingProblem;
import dev.graph2doc.mapping.Tenancy;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

@ExtendWith(StoresExtension.class)
class Neo4jGraphSchemaIT {

    private static final Tenancy BY_CUSTOMER = Tenancy.byProperty("customerId");

    private TestStores stores;
    private Neo4jGraphSchema schema;

    @BeforeEach
    void emptyStores(TestStores stores) {
        this.stores = stores;
        stores.clear();
        schema = new Neo4jGraphSchema(stores.neo4j());
    }

    @Test
    void shouldBeEmptyWhenTheGraphHasNoNodes() {
        assertThat(schema.isEmpty()).isTrue();
    }

    @Test
    void shouldFindFleetNamesWhenSeeded() {
        seedFleet();

        assertThat(schema.isEmpty()).isFalse();
        assertThat(schema.labels()).contains("Customer", "Site", "Bin", "Device", "Reading");
        assertThat(schema.relationshipTypes()).contains("OWNS", "HAS_BIN", "MONITORS", "REPORTED");
        assertThat(schema.propertyKeys()).contains("customerId", "id", "capacityLitres", "since", "position");
        assertThat(schema.duplicateKeys("Bin", "id", BY_CUSTOMER, 3)).isEmpty();
        assertThat(schema.nodesWithoutKey("Bin", "id")).isZero();
    }

    @Test
    void shouldLoadFleetMappingCleanWhenCheckedAgainstTheSeededGraph() {
        seedFleet();

        Mapping fleet = MappingLoader.load(Path.of("migrations/fleet.yaml"), schema);

        assertThat(fleet.collections()).hasSize(5);
    }

    @Test
    void shouldReportTheDuplicateWithItsTenantWhenAKeyIsRepeatedOnPurpose() {
        seedFleet();
        run("CREATE (:Bin {customerId: 'acme', id: 'b-000001'})");

        assertThat(schema.duplicateKeys("Bin", "id", BY_CUSTOMER, 3))
                .containsExactly(new DuplicateKey("acme", "b-000001", 2));
        assertThat(problems(Path.of("migrations/fleet.yaml"))).containsExactly("migrations/fleet.yaml:24 "
                + "collections[2].key: key 'id' is not unique among Bin nodes of one tenant: 'b-000001' on 2 nodes of "
                + "tenant 'acme' — choose a key that is unique within a tenant, or fix the data");
    }

    @Test
    void shouldCountNodesWithoutTheKeyWhenSomeLackIt() {
        seedFleet();
        run("CREATE (:Device {customerId: 'acme'}), (:Device {customerId: 'globex', model: 'X'})");

        assertThat(schema.nodesWithoutKey("Device", "id")).isEqualTo(2);
    }

    @Test
    void shouldFindMovieNamesWhenLoaded() throws IOException {
        loadMovies();

        assertThat(schema.labels()).contains("Movie", "Person");
        assertThat(schema.relationshipTypes()).contains("ACTED_IN", "DIRECTED", "PRODUCED", "WROTE", "REVIEWED", "FOLLOWS");
        assertThat(schema.propertyKeys()).contains("title", "name", "born", "roles", "summary", "rating");
        assertThat(schema.duplicateKeys("Movie", "title", Tenancy.fixed("movies"), 3)).isEmpty();
    }

    @Test
    void shouldLoadMoviesMappingCleanWhenCheckedAgainstTheMoviesGraph() throws IOException {
        loadMovies();

        Mapping movies = MappingLoader.load(Path.of("migrations/movies.yaml"), schema);

        assertThat(movies.collections()).hasSize(2);
    }

    @Test
    void shouldGroupTheWholeLabelWhenTenancyIsFixed() throws IOException {
        loadMovies();

        // Birth years repeat across people: a bad key, and one tenant holds every node.
        List<DuplicateKey> born = schema.duplicateKeys("Person", "born", Tenancy.fixed("movies"), 3);

        assertThat(born).hasSize(3).allSatisfy(d -> {
            assertThat(d.tenant()).isNull();
            assertThat(d.count()).isGreaterThan(1);
        });
        assertThat(born.get(0).count()).isGreaterThanOrEqualTo(born.get(2).count());
    }

    @Test
    void shouldEscapeNamesWhenTheyContainBackticks() {
        run("CREATE (:`We``ird` {`k``ey`: 1, `t``en`: 'a'}), (:`We``ird` {`k``ey`: 1, `t``en`: 'a'}), (:`We``ird`)");

        assertThat(schema.duplicateKeys("We`ird", "k`ey", Tenancy.byProperty("t`en"), 3))
                .containsExactly(new DuplicateKey("a", 1L, 2));
        assertThat(schema.nodesWithoutKey("We`ird", "k`ey")).isEqualTo(1);
    }

    @Test
    void shouldCountEachKeyTypeWithExamplesWhenAKeyMixesStringsAndAnInteger() {
        run("UNWIND range(1, 5) AS i CREATE (:Host {ip: '10.4.' + i})");
        run("CREATE (:Host {ip: 10410}), (:Host {ip: 2.5}), (:Host)");

        List<KeyType> types = schema.keyTypes("Host", "ip");

        assertThat(types).extracting(KeyType::type, KeyType::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("STRING", 5L), org.assertj.core.groups.Tuple.tuple("FLOAT", 1L),
                org.assertj.core.groups.Tuple.tuple("INTEGER", 1L));
        assertThat(types.get(0).examples()).hasSize(3).allMatch(e -> e instanceof String s && s.startsWith("10.4."));
        assertThat(types.get(2).examples()).containsExactly(10410L);
    }

    @Test
    void shouldGiveOneTypeWithUpToThreeExamplesWhenTheKeyIsOfOneType() {
        seedFleet();

        List<KeyType> types = schema.keyTypes("Bin", "id");

        assertThat(types).extracting(KeyType::type, KeyType::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STRING", 40L));
        assertThat(types.get(0).examples()).hasSize(3).allMatch(e -> e instanceof String s && s.startsWith("b-"));
        assertThat(schema.propertyTypes("Bin", List.of("id", "capacityLitres")))
                .as("several properties: examples only where types mix").allSatisfy((property, found) ->
                        assertThat(found).singleElement().satisfies(t -> assertThat(t.examples()).isEmpty()));
    }

    @Test
    void shouldCountLabelCombinationsWhenALabelSitsOnTwoKindsOfNode() {
        run("UNWIND range(1, 3) AS i CREATE (:Host:Machine {ip: 'm' + i})");
        run("CREATE (:Router:Host {ip: 'r1'})");

        assertThat(schema.labelCombinations("Host")).containsExactly(new LabelSet(List.of("Host", "Machine"), 3),
                new LabelSet(List.of("Host", "Router"), 1));
    }

    @Test
    void shouldCountRootsEachWayWhenAPatternIsDeclaredTheOtherWay() {
        seedFleet();
        long binsWithDevices;
        try (Session session = stores.neo4j().session()) {
            binsWithDevices = session.run("MATCH (b:Bin) WHERE EXISTS { (b)<-[:MONITORS]-(:Device) } RETURN count(b)")
                    .single().get(0).asLong();
        }

        assertThat(binsWithDevices).isPositive();
        assertThat(schema.patternCounts("Bin", "MONITORS", Direction.IN, "Device"))
                .isEqualTo(new PatternCounts(binsWithDevices, 0));
        assertThat(schema.patternCounts("Bin", "MONITORS", Direction.OUT, "Device"))
                .isEqualTo(new PatternCounts(0, binsWithDevices));
        assertThat(schema.patternCounts("Bin", "REPORTED", Direction.OUT, "Reading")).isEqualTo(new PatternCounts(0, 0));
    }

    @Test
    void shouldListOnlyThatLabelsPropertiesWhenAskedPerLabel() {
        seedFleet();

        assertThat(schema.propertyKeys("Bin")).contains("id", "capacityLitres", "customerId").doesNotContain("model");
        assertThat(schema.propertyKeys("Nothing")).isEmpty();
    }

    private List<String> problems(Path file) {
        MappingException thrown = catchThrowableOfType(MappingException.class, () -> MappingLoader.load(file, schema));
        assertThat(thrown).as("expected problems").isNotNull();
        return thrown.problems().stream().map(MappingProblem::format).toList();
    }

    private void seedFleet() {
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(2, 20, 2, 1L), m -> { });
    }

    private void loadMovies() {
        stores.loadMovies();
    }

    private void run(String cypher) {
        try (Session session = stores.neo4j().session()) {
            session.run(cypher).consume();
        }
    }
}
