package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.mongo.MongoNativeWriter;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestMappings;
import dev.graph2doc.testing.TestStores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/**
 * The phase-aware repair: a document MongoDB alone has written (after UNFORKED) is never replaced by a render from
 * the graph, whatever the versions say; it is reported as a conflict with both versions. A document MongoDB holds in
 * a newer version is skipped by the guard, and that is said too.
 */
@ExtendWith(StoresExtension.class)
class RepairConflictIT {

    private static final Mapping THINGS = TestMappings.single("Thing", "id", List.of(), List.of());

    @Test
    void shouldNeverRenderOverADocumentMongoDbAloneWroteAndReportBothVersionsWhenRepairing(TestStores stores) {
        stores.clear();
        try (Session session = stores.neo4j().session()) {
            session.run("CREATE (:Thing {id: 'alone', n: 1, _g2dVersion: 9}), (:Thing {id: 'older', n: 2, _g2dVersion: 3}), "
                    + "(:Thing {id: 'fresh', n: 3, _g2dVersion: 4})", Map.of()).consume();
        }
        DocumentStore documents = new MongoDocumentStore(stores.mongo(), THINGS);
        new MongoNativeWriter(stores.mongo(), THINGS).applyAlone("solo", List.of(
                new Mutation.UpsertNode(new NodeRef("Thing", "alone"), Map.of("n", 99))));
        documents.upsertIfNewer("solo", "thing", List.of(new DocumentView("thing", "older", 7, Map.of("id", "older", "n", 70))));
        Rerenderer rerenderer = new Rerenderer(THINGS, new Neo4jGraphStore(stores.neo4j(), THINGS), documents);

        RepairResult result = rerenderer.repair("solo", List.of(new TouchedDocument("thing", "alone", 9, false),
                new TouchedDocument("thing", "older", 3, false), new TouchedDocument("thing", "fresh", 4, false)));

        assertThat(result.conflicts()).containsExactly(new RepairResult.Kept("thing", "alone", 9, 1));
        assertThat(result.skipped()).containsExactly(new RepairResult.Kept("thing", "older", 3, 7));
        assertThat(result.written()).extracting(TouchedDocument::key).containsExactly("alone", "older", "fresh");
        assertThat(documents.find("solo", "thing", "alone").orElseThrow().body()).containsEntry("n", 99L);
        assertThat(documents.find("solo", "thing", "older").orElseThrow().body()).containsEntry("n", 70L);
        assertThat(documents.find("solo", "thing", "fresh").orElseThrow().body()).containsEntry("n", 3L);
    }
}
