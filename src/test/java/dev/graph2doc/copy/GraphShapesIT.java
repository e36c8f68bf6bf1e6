package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.mapping.Shape;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestMappings;
import dev.graph2doc.testing.TestStores;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/** Graph shapes that break naive copies: nothing, one node, empty neighbourhoods, several labels, loops, parallel edges. */
@ExtendWith(StoresExtension.class)
class GraphShapesIT {

    private static final CopySettings SETTINGS = new CopySettings(3, 4, Duration.ofSeconds(30), Duration.ofMillis(10));
    private static final Mapping PEOPLE = TestMappings.single("Person", "name",
            List.of(new Embed("knows", "KNOWS", Direction.OUT, "Person", Shape.ARRAY, Fields.of(List.of("name")),
                    Fields.of(List.of("since")), false)),
            List.of(new Reference("knownBy", "KNOWS", Direction.IN, "Person", true)));

    private TestStores stores;

    @BeforeEach
    void empty(TestStores stores) {
        this.stores = stores;
        stores.clear();
    }

    @Test
    void shouldCompleteWithNothingWrittenWhenTheGraphIsEmpty() throws InterruptedException {
        try (CopyFixture fixture = new CopyFixture(stores, PEOPLE)) {
            CopyCoordinator coordinator = copyAll(fixture);

            assertThat(coordinator.status()).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(CopyStatus.State.COMPLETE);
                assertThat(s.total()).isZero();
            });
            assertThat(fixture.documents.count("solo", "person")).isZero();
        }
    }

    @Test
    void shouldCopyASingleNodeWithEmptyNeighbourLists() throws InterruptedException {
        cypher("CREATE (:Person {name: 'Ada', born: 1815})");
        try (CopyFixture fixture = new CopyFixture(stores, PEOPLE)) {
            copyAll(fixture);

            DocumentView ada = fixture.documents.find("solo", "person", "Ada").orElseThrow();
            assertThat(ada.body()).containsEntry("born", 1815L).containsEntry("knows", List.of())
                    .containsEntry("knownBy", List.of());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRenderSelfLoopsParallelEdgesAndExtraLabelsOnce() throws InterruptedException {
        cypher("CREATE (a:Person:Admin {name: 'Ann'}), (b:Person {name: 'Bob'}) "
                + "CREATE (a)-[:KNOWS {since: 2001}]->(b), (a)-[:KNOWS {since: 2002}]->(b), (a)-[:KNOWS {since: 1999}]->(a)");
        try (CopyFixture fixture = new CopyFixture(stores, PEOPLE)) {
            copyAll(fixture);

            DocumentView ann = fixture.documents.find("solo", "person", "Ann").orElseThrow();
            assertThat((List<Object>) ann.body().get("knows")).hasSize(3)
                    .contains(Map.of("name", "Ann", "since", 1999L), Map.of("name", "Bob", "since", 2001L),
                            Map.of("name", "Bob", "since", 2002L));
            assertThat(ann.body().get("knownBy")).isEqualTo(List.of("Ann"));
            assertThat(fixture.documents.find("solo", "person", "Bob").orElseThrow().body().get("knownBy"))
                    .isEqualTo(List.of("Ann"));
            assertThat(fixture.documents.count("solo", "person")).isEqualTo(2);
            fixture.assertMongoEqualsRender(List.of("solo"));
        }
    }

    @Test
    void shouldCopyEveryRootWhenTheCountIsNotAMultipleOfChunkOrPartition() throws InterruptedException {
        cypher("UNWIND range(1, 23) AS i CREATE (:Person {name: 'p' + right('00' + toString(i), 2)})");
        try (CopyFixture fixture = new CopyFixture(stores, PEOPLE)) {
            copyAll(fixture);

            assertThat(fixture.documents.count("solo", "person")).isEqualTo(23);
            fixture.assertMongoEqualsRender(List.of("solo"));
        }
    }

    @Test
    void shouldSeeNothingWhenAskedForATenantAFixedTenantGraphDoesNotHold() {
        cypher("CREATE (:Person {name: 'Ada'})");
        try (CopyFixture fixture = new CopyFixture(stores, PEOPLE)) {
            CollectionMapping people = PEOPLE.collections().get(0);

            assertThat(fixture.graph.renderRange(people, "someone-else", null, null, 10).isEmpty()).isTrue();
            assertThat(fixture.graph.countRoots(people, "someone-else")).isZero();
            assertThat(fixture.graph.renderRange(people, "solo", null, null, 10).documents()).hasSize(1);
        }
    }

    private CopyCoordinator copyAll(CopyFixture fixture) throws InterruptedException {
        CopyCoordinator coordinator = fixture.coordinator("a", SETTINGS, CopyProgressListener.NONE);
        coordinator.start(fixture.graph.tenants(), List.of());
        CopyFixture.copyAll(coordinator);
        return coordinator;
    }

    private void cypher(String statement) {
        try (Session session = stores.neo4j().session()) {
            session.run(statement).consume();
        }
    }
}
