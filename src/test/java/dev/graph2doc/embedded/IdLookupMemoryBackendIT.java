package dev.graph2doc.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded server answers filters that fix {@code _id} from its index, with the rest of the filter still applied. */
class IdLookupMemoryBackendIT {

    private final IdLookupMemoryBackend backend = new IdLookupMemoryBackend();
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> docs;

    @BeforeEach
    void start() {
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        docs = client.getDatabase("t").getCollection("docs");
        List<Document> all = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> all.add(new Document("_id", "k" + i).append("v", (long) i % 3)
                .append("gone", i == 7)));
        all.add(new Document("_id", new Document("tenant", "acme").append("key", "x")).append("v", 1L));
        docs.insertMany(all);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void shouldApplyTheWholeFilterWhenItFixesTheId() {
        long before = backend.idLookups();

        assertThat(docs.find(Filters.and(Filters.eq("_id", "k4"), Filters.eq("v", 1L))).first()).isNotNull();
        assertThat(docs.find(Filters.and(Filters.eq("_id", "k4"), Filters.eq("v", 2L))).first()).isNull();
        assertThat(docs.find(Filters.and(Filters.eq("_id", "k7"), Filters.ne("gone", true))).first()).isNull();
        assertThat(docs.find(Filters.and(Filters.eq("_id", "k8"), Filters.ne("gone", true))).first()).isNotNull();
        assertThat(docs.find(Filters.and(Filters.eq("_id", "absent"), Filters.exists("v"))).first()).isNull();
        assertThat(docs.find(Filters.and(Filters.eq("_id", new Document("tenant", "acme").append("key", "x")),
                Filters.eq("v", 1L))).first()).isNotNull();

        assertThat(backend.idLookups() - before).isEqualTo(6);
    }

    @Test
    void shouldGuardAReplaceByTheRestOfTheFilterWhenItFixesTheId() {
        long before = backend.idLookups();

        assertThat(docs.replaceOne(Filters.and(Filters.eq("_id", "k5"), Filters.eq("v", 1L)),
                new Document("_id", "k5").append("v", 9L)).getModifiedCount()).isZero();
        assertThat(docs.replaceOne(Filters.and(Filters.eq("_id", "k5"), Filters.eq("v", 2L)),
                new Document("_id", "k5").append("v", 9L)).getModifiedCount()).isEqualTo(1);
        assertThat(docs.updateOne(Filters.and(Filters.eq("_id", "k6"), Filters.eq("v", 0L)),
                new Document("$set", new Document("v", 5L))).getModifiedCount()).isEqualTo(1);

        assertThat(docs.find(Filters.eq("_id", "k5")).first()).containsEntry("v", 9L);
        assertThat(docs.find(Filters.eq("_id", "k6")).first()).containsEntry("v", 5L);
        assertThat(backend.idLookups() - before).isEqualTo(3);
    }

    @Test
    void shouldScanAsBeforeWhenTheFilterDoesNotFixTheId() {
        long before = backend.idLookups();

        List<Object> after = docs.find(Filters.and(Filters.gt("_id", "k45"), Filters.eq("v", 0L)))
                .sort(Sorts.ascending("_id")).map(d -> d.get("_id")).into(new ArrayList<>());
        List<Object> either = docs.find(Filters.and(Filters.in("_id", "k1", "k2"), Filters.eq("v", 1L)))
                .map(d -> d.get("_id")).into(new ArrayList<>());

        assertThat(after).containsExactly("k48", "k6", "k9");
        assertThat(either).containsExactly("k1");
        assertThat(backend.idLookups()).isEqualTo(before);
    }
}
