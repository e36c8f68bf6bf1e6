package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestMappings;
import dev.graph2doc.testing.TestStores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/** A repair never reports as written a document MongoDB refused: its outbox entry must stay (G1, G7). */
@ExtendWith(StoresExtension.class)
class RerendererRefusalIT {

    private static final Mapping THINGS = TestMappings.single("Thing", "id", List.of(), List.of());

    @Test
    void shouldLeaveADocumentMongoDbRefusesOutOfWhatItReportsWrittenWhenRepairing(TestStores stores) {
        stores.clear();
        try (Session session = stores.neo4j().session()) {
            session.run("CREATE (:Thing {id: 'small', n: 1}), "
                    + "(:Thing {id: 'huge', blob: reduce(s = 'x', i IN range(1, 24) | s + s)})", Map.of()).consume();
        }
        GraphStore graph = new Neo4jGraphStore(stores.neo4j(), THINGS);
        DocumentStore documents = new MongoDocumentStore(stores.mongo(), THINGS);
        Rerenderer rerenderer = new Rerenderer(THINGS, graph, documents);

        List<TouchedDocument> written = rerenderer.rewrite("solo", List.of(new TouchedDocument("thing", "small", 1, false),
                new TouchedDocument("thing", "huge", 1, false)));

        assertThat(written).extracting(TouchedDocument::key).containsExactly("small");
        assertThat(documents.find("solo", "thing", "small")).isPresent();
        assertThat(documents.find("solo", "thing", "huge")).isEmpty();
    }
}
