package dev.graph2doc.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import dev.graph2doc.mapping.KeyOrder;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/**
 * Verification merges the two stores' key-ordered streams with {@link KeyOrder}; if it disagreed with either store's
 * own order for some key, that key would count as missing on one side and extra on the other; and embedded arrays
 * patched natively must sort as the renderer's {@code ORDER BY} sorts them.
 */
@ExtendWith(StoresExtension.class)
class KeyOrderIT {

    /** Around the BMP's top: UTF-16 code units put a surrogate pair (😀, 𝔸) before U+E000..U+FFFF; code points after. */
    private static final List<String> KEYS = List.of("d-1", "D-2", "d-10", "", "é", "ü", "\uE000", "\uFFFD", "\uFF21",
            "😀", "𝔸", "a😀", "a\uFFFD", "z", "~", "Ω", "中");

    @Test
    void shouldOrderStringKeysAsBothStoresDo(TestStores stores) {
        List<String> expected = new ArrayList<>(KEYS);
        expected.sort(KeyOrder.KEYS);
        assertThat(neo4jOrder(stores)).as("Neo4j ORDER BY").containsExactlyElementsOf(expected);
        if (stores.kind().equals("embedded")) {
            // mongo-java-server compares Java strings (UTF-16 units), unlike MongoDB: it agrees only within the BMP
            List<String> bmp = expected.stream().filter(k -> k.codePoints().allMatch(Character::isBmpCodePoint)).toList();
            assertThat(mongoOrder(stores)).as("embedded MongoDB sort by _id, BMP keys").filteredOn(bmp::contains)
                    .containsExactlyElementsOf(bmp);
        } else {
            assertThat(mongoOrder(stores)).as("MongoDB sort by _id").containsExactlyElementsOf(expected);
        }
    }

    private static List<String> neo4jOrder(TestStores stores) {
        try (Session session = stores.neo4j().session()) {
            session.run("MATCH (n:KeyOrderProbe) DETACH DELETE n").consume();
            session.run("UNWIND $keys AS k CREATE (:KeyOrderProbe {k: k})", Map.of("keys", KEYS)).consume();
            List<String> order = session.run("MATCH (n:KeyOrderProbe) RETURN n.k AS k ORDER BY k")
                    .list(r -> r.get("k").asString());
            session.run("MATCH (n:KeyOrderProbe) DETACH DELETE n").consume();
            return order;
        }
    }

    private static List<String> mongoOrder(TestStores stores) {
        MongoCollection<Document> probe = stores.mongo().getDatabase("g2d_key_order_probe").getCollection("keys");
        probe.drop();
        probe.insertMany(KEYS.stream().map(k -> new Document("_id", k)).toList());
        List<String> order = probe.find().sort(Sorts.ascending("_id")).map(d -> d.getString("_id")).into(new ArrayList<>());
        probe.drop();
        return order;
    }
}
