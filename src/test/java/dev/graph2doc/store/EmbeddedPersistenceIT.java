package dev.graph2doc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.wiring.StoreConnections;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/** With a data directory, both embedded stores keep what was written across a restart. */
class EmbeddedPersistenceIT {

    @Test
    void shouldKeepBothStoresDataAcrossARestartWhenADataDirIsGiven(@TempDir Path dataDir) {
        StoreSettings settings = new StoreSettings(null, "neo4j", null, null, dataDir.toString(), Duration.ofSeconds(10));
        try (StoreConnections first = StoreConnections.open(settings)) {
            try (Session session = first.neo4j().session()) {
                session.run("CREATE (:Kept {id: $id})", Map.of("id", "k-1")).consume();
            }
            first.mongo().getDatabase("kept").getCollection("docs").insertOne(new Document("_id", "k-1"));
            assertThat(first.describe()).contains("(embedded, data in " + dataDir + ")");
        }

        try (StoreConnections second = StoreConnections.open(settings)) {
            try (Session session = second.neo4j().session()) {
                assertThat(session.run("MATCH (n:Kept) RETURN n.id").single().get(0).asString()).isEqualTo("k-1");
            }
            assertThat(second.mongo().getDatabase("kept").getCollection("docs").countDocuments()).isEqualTo(1L);
        }
    }

    @Test
    void shouldStartEmptyInMemoryWhenNoDataDirIsGiven() {
        StoreSettings settings = new StoreSettings(null, "neo4j", null, null, null, Duration.ofSeconds(10));
        try (StoreConnections stores = StoreConnections.open(settings)) {
            try (Session session = stores.neo4j().session()) {
                assertThat(session.run("MATCH (n) RETURN count(n)").single().get(0).asLong()).isZero();
            }
            assertThat(stores.mongo().listDatabaseNames().into(new java.util.ArrayList<>()))
                    .doesNotContain("kept");
        }
    }
}
