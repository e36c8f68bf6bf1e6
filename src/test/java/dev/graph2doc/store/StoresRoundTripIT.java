package dev.graph2doc.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

@ExtendWith(StoresExtension.class)
class StoresRoundTripIT {

    @Test
    void shouldRoundTripANodeThroughTheNeo4jDriver(TestStores stores) {
        ZonedDateTime at = ZonedDateTime.of(2026, 3, 1, 12, 30, 0, 0, ZoneId.of("Europe/Zurich"));
        try (Session session = stores.neo4j().session()) {
            session.run("CREATE (:RoundTrip {id: $id, at: $at, tags: $tags})",
                    Map.of("id", "rt-1", "at", at, "tags", List.of("a", "b"))).consume();
            Record row = session.run("MATCH (n:RoundTrip {id: 'rt-1'}) RETURN n.at AS at, n.tags AS tags").single();
            assertThat(row.get("at").asZonedDateTime()).isEqualTo(at);
            assertThat(row.get("tags").asList()).containsExactly("a", "b");
            session.run("MATCH (n:RoundTrip) DETACH DELETE n").consume();
        }
    }

    @Test
    void shouldRoundTripADocumentThroughTheMongoDriver(TestStores stores) {
        MongoCollection<Document> collection = stores.mongo().getDatabase("roundtrip").getCollection("docs");
        collection.insertOne(new Document("_id", "doc-1").append("n", 42L).append("tags", List.of("x", "y")));

        Document read = collection.find(new Document("_id", "doc-1")).first();

        assertThat(read).isNotNull();
        assertThat(read.getLong("n")).isEqualTo(42L);
        assertThat(read.getList("tags", String.class)).containsExactly("x", "y");
        stores.mongo().getDatabase("roundtrip").drop();
    }
}
