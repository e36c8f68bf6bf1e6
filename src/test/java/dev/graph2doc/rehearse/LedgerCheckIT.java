package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rehearsal's end check against a MongoDB-wire server: what was acknowledged must be there, named when it is not. */
class LedgerCheckIT {

    private RestartableMongo server;
    private MongoClient mongo;
    private Mapping mapping;
    private MongoCollection<Document> devices;

    @BeforeEach
    void start() throws Exception {
        server = new RestartableMongo();
        mongo = MongoClients.create(server.uri());
        mapping = MappingLoader.parse(Files.readString(Path.of("migrations/fleet.yaml")), "fleet.yaml");
        devices = mongo.getDatabase(mapping.target().databaseFor("acme")).getCollection("devices");
    }

    @AfterEach
    void stop() {
        mongo.close();
        server.close();
    }

    @Test
    void shouldFindEveryAcknowledgedValueWhenMongoHoldsThemWithWidenedNumbersAndTombstones() {
        devices.insertOne(new Document("_id", "d-1").append("batteryPct", 40.0).append("model", "R1").append("_g2d_v", 3L));
        devices.insertOne(new Document("_id", "d-2").append("_g2d_v", 4L).append("_g2d_deleted", true));
        Ledger ledger = new Ledger();
        ledger.wrote("acme", "devices", "d-1", Map.of("batteryPct", 30L));
        ledger.wrote("acme", "devices", "d-1", Map.of("batteryPct", 40L, "model", "R1"));
        ledger.wrote("acme", "devices", "d-2", Map.of("model", "R2"));
        ledger.deleted("acme", "devices", "d-2");
        ledger.deleted("acme", "devices", "d-3");

        LedgerCheck.Result result = new LedgerCheck(mongo, mapping).check(ledger);

        assertThat(result.missing()).as(result.examples().toString()).isZero();
        assertThat(result.documentsChecked()).isEqualTo(3);
        assertThat(result.writesCovered()).isEqualTo(5);
    }

    @Test
    void shouldNameWhatWasLostWhenAnAcknowledgedWriteIsNotInMongo() {
        devices.insertOne(new Document("_id", "d-1").append("batteryPct", 30L));
        devices.insertOne(new Document("_id", "d-4").append("model", "old"));
        Ledger ledger = new Ledger();
        ledger.wrote("acme", "devices", "d-1", Map.of("batteryPct", 41L));
        ledger.wrote("acme", "readings", "d-1-x7", Map.of("seq", 7L));
        ledger.deleted("acme", "devices", "d-4");

        LedgerCheck.Result result = new LedgerCheck(mongo, mapping).check(ledger);

        assertThat(result.missing()).isEqualTo(3);
        assertThat(result.examples()).containsExactlyInAnyOrder(
                "acme/devices/d-1: batteryPct = 30, acknowledged 41",
                "acme/readings/d-1-x7: missing from MongoDB (1 acknowledged write(s), last: {seq=7})",
                "acme/devices/d-4: deleted (acknowledged) but still in MongoDB");
    }

    @Test
    void shouldNameTheNeighbourWhenARelationshipFieldDoesNotShowTheLastAcknowledgedLinkOrUnlink() {
        mongo.getDatabase(mapping.target().databaseFor("acme")).getCollection("bins").insertOne(new Document("_id", "b-1")
                .append("devices", List.of(new Document("id", "d-1").append("model", "R1"), new Document("id", "d-2"))));
        devices.insertOne(new Document("_id", "d-1").append("binIds", List.of("b-1")));
        devices.insertOne(new Document("_id", "d-3").append("binIds", List.of()));
        Ledger ledger = new Ledger();
        ledger.shows("acme", "bins", "b-1", "devices", "d-1", true);
        ledger.shows("acme", "bins", "b-1", "devices", "d-2", true);
        ledger.shows("acme", "bins", "b-1", "devices", "d-2", false);
        ledger.shows("acme", "devices", "d-1", "binIds", "b-1", true);
        ledger.shows("acme", "devices", "d-3", "binIds", "b-1", true);

        LedgerCheck.Result result = new LedgerCheck(mongo, mapping).check(ledger);

        assertThat(result.examples()).containsExactlyInAnyOrder(
                "acme/bins/b-1: devices still shows d-2, acknowledged unlinked",
                "acme/devices/d-3: binIds lacks b-1, acknowledged linked");
    }

    /** A 5xx write may have been applied (a fenced instance refuses to acknowledge one it ran): allowed, counted. */
    @Test
    void shouldAcceptTheValueOfAWriteWithAnUnknownOutcomeButStillNameALostAcknowledgedOne() {
        devices.insertOne(new Document("_id", "d-1").append("batteryPct", 55L).append("model", "R1"));
        devices.insertOne(new Document("_id", "d-3").append("batteryPct", 20L));
        Ledger ledger = new Ledger();
        ledger.wrote("acme", "devices", "d-1", Map.of("batteryPct", 40L, "model", "R1"));
        ledger.outcomeUnknown(() -> ledger.wrote("acme", "devices", "d-1", Map.of("batteryPct", 55L)));
        ledger.wrote("acme", "devices", "d-2", Map.of("model", "R2"));
        ledger.outcomeUnknown(() -> ledger.deleted("acme", "devices", "d-2"));
        ledger.wrote("acme", "devices", "d-3", Map.of("batteryPct", 10L));
        ledger.outcomeUnknown(() -> ledger.wrote("acme", "devices", "d-3", Map.of("batteryPct", 15L)));
        ledger.outcomeUnknown(() -> ledger.wrote("acme", "devices", "d-4", Map.of("model", "never acknowledged")));

        LedgerCheck.Result result = new LedgerCheck(mongo, mapping).check(ledger);

        assertThat(result.examples()).containsExactly("acme/devices/d-3: batteryPct = 20, acknowledged 10");
        assertThat(result.unknownWrites()).isEqualTo(4);
        assertThat(result.heldUnknown()).as("d-1 holds the unknown write's value, d-2 its delete").isEqualTo(2);
        assertThat(result.documentsChecked()).as("d-4 was never acknowledged: not checked").isEqualTo(3);
    }

    /** An acknowledged write after one of unknown outcome is required on top of either possibility. */
    @Test
    void shouldRequireTheAcknowledgedWriteThatFollowsOneWithAnUnknownOutcome() {
        devices.insertOne(new Document("_id", "d-1").append("batteryPct", 55L).append("model", "R1"));
        Ledger ledger = new Ledger();
        ledger.wrote("acme", "devices", "d-1", Map.of("batteryPct", 40L));
        ledger.outcomeUnknown(() -> ledger.wrote("acme", "devices", "d-1", Map.of("batteryPct", 55L)));
        ledger.wrote("acme", "devices", "d-1", Map.of("model", "R2"));

        LedgerCheck.Result result = new LedgerCheck(mongo, mapping).check(ledger);

        assertThat(result.examples()).containsExactly(
                "acme/devices/d-1: batteryPct = 55, acknowledged 40; model = R1, acknowledged R2");
        assertThat(result.heldUnknown()).isZero();
    }

    @Test
    void shouldServeTheSameDataOnTheSamePortWhenStoppedAndRestarted() {
        devices.insertOne(new Document("_id", "d-9").append("model", "kept"));

        server.stop();
        server.restart();

        assertThat(devices.find(new Document("_id", "d-9")).first()).containsEntry("model", "kept");
    }
}
