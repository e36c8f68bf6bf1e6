package dev.graph2doc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.rehearse.LoopbackProxy;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data API's write endpoint over real HTTP: routing by phase, every refusal, and a Neo4j outage. */
@ExtendWith(StoresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataApiWriteIT {

    private TestStores stores;
    private LoopbackProxy neo4jProxy;
    private RunningService service;
    private ServiceClient client;

    /** One service for the class: acme is walked to FORK_WRITES once; globex stays GRAPH_ONLY. */
    @BeforeAll
    void start(TestStores stores) throws Exception {
        this.stores = stores;
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(3, 12, 1, 5L), m -> { });
        URI bolt = URI.create(stores.neo4jUri());
        neo4jProxy = new LoopbackProxy(bolt.getHost(), bolt.getPort());
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, "graph2doc.copy.poll-interval", "50ms",
                "graph2doc.write.max-batch", 5, "neo4j.uri", "bolt://127.0.0.1:" + neo4jProxy.port()));
        service = RunningService.start(properties, Optional.empty(), line -> { });
        client = new ServiceClient(service.uri());
        client.moveTo(List.of("acme"), "FORK_WRITES");
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
        neo4jProxy.close();
    }

    @Test
    void shouldWriteOnlyTheGraphAndAnswerEveryDocumentVersionWhenTheTenantIsGraphOnly() throws Exception {
        HttpResponse<String> answer = client.mutate("globex",
                "[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\"d-000001\",\"properties\":{\"firmware\":\"2.0\"}}]");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = ServiceClient.JSON.readTree(answer.body());
        assertThat(body.get("phase").asText()).isEqualTo("GRAPH_ONLY");
        assertThat(body.get("mongodb").asText()).isEqualTo("none");
        assertThat(body.get("documents").toString()).isEqualTo(
                "[{\"collection\":\"devices\",\"key\":\"d-000001\",\"version\":1,\"deleted\":false}]");
        assertThat(stores.mongo().getDatabase("fleet_globex").getCollection("devices").countDocuments()).isZero();
    }

    @Test
    void shouldWriteNeo4jThenMongoWhenTheTenantForksWrites() throws Exception {
        HttpResponse<String> answer = client.mutate("acme", "[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\"d-000001\","
                + "\"properties\":{\"model\":\"Forked-1\"}}]");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(ServiceClient.JSON.readTree(answer.body()).get("mongodb").asText()).isEqualTo("written");
        Document device = stores.mongo().getDatabase("fleet_acme").getCollection("devices").find(new Document("_id", "d-000001")).first();
        assertThat(device).isNotNull();
        assertThat(device.get("model")).isEqualTo("Forked-1");
        assertThat(device.get("_g2d_v", Number.class).longValue()).isPositive();
        assertThat(stores.mongo().getDatabase("fleet_globex").getCollection("devices").countDocuments()).as("other tenant not copied").isZero();
    }

    @Test
    void shouldWriteMongoAloneAndLeaveNeo4jAsItWasWhenTheTenantIsUnforked() throws Exception {
        client.moveTo(List.of("initech"), "UNFORKED");

        HttpResponse<String> answer = client.mutate("initech", "[{\"op\":\"upsertNode\",\"label\":\"Device\","
                + "\"key\":\"d-000004\",\"properties\":{\"model\":\"Unforked-1\"}}]");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = ServiceClient.JSON.readTree(answer.body());
        assertThat(body.get("phase").asText()).isEqualTo("UNFORKED");
        assertThat(body.get("documents").toString()).contains("{\"collection\":\"devices\",\"key\":\"d-000004\",\"version\":1");
        Document device = stores.mongo().getDatabase("fleet_initech").getCollection("devices").find(new Document("_id", "d-000004")).first();
        assertThat(device.get("model")).isEqualTo("Unforked-1");
        try (var session = stores.neo4j().session()) {
            assertThat(session.run("MATCH (d:Device {customerId: 'initech', id: 'd-000004'}) RETURN d.model AS m, d._g2dVersion AS v")
                    .single().asMap()).as("Neo4j is no longer written").doesNotContainValue("Unforked-1").containsEntry("v", null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            malformed JSON     | application/json | acme  | {"mutations":[                                                        | 400 | malformed JSON
            not a batch        | application/json | acme  | [1,2]                                                                 | 400 | the body must be a JSON object
            wrong content type | text/plain       | acme  | {"mutations":[]}                                                      | 415 | Content Type [text/plain] not allowed
            unknown label      | application/json | acme  | {"mutations":[{"op":"deleteNode","label":"Bucket","key":"b"}]}         | 400 | unknown label 'Bucket'
            cypher in label    | application/json | acme  | {"mutations":[{"op":"deleteNode","label":"Bin`) DETACH DELETE (m","key":"b"}]} | 400 | unknown label 'Bin`) DETACH DELETE (m'
            cypher in key      | application/json | acme  | {"mutations":[{"op":"upsertNode","label":"Bin","key":"x'}) MATCH (n) DETACH DELETE n //","properties":{"fillLevel":1}},{"op":"deleteNode","label":"Nope","key":"k"}]} | 400 | 1 invalid mutation(s)
            cypher in property | application/json | acme  | {"mutations":[{"op":"upsertNode","label":"Device","key":"d","properties":{"x`=1 DETACH DELETE n //":1}}]} | 400 | unknown property
            foreign tenant     | application/json | acme  | {"mutations":[{"op":"link","type":"MONITORS","from":{"label":"Device","key":"d-000001","tenant":"globex"},"to":{"label":"Bin","key":"b-000001"}}]} | 400 | addresses tenant 'globex'
            link to nowhere    | application/json | acme  | {"mutations":[{"op":"upsertNode","label":"Device","key":"d-000001","properties":{"model":"gone"}},{"op":"link","type":"MONITORS","from":{"label":"Device","key":"d-000001"},"to":{"label":"Bin","key":"b-999999"}}]} | 400 | 1 invalid mutation(s), nothing applied: [1] cannot link
            oversized batch    | application/json | acme  | {"mutations":[{"op":"deleteNode","label":"Device","key":"a"},{"op":"deleteNode","label":"Device","key":"b"},{"op":"deleteNode","label":"Device","key":"c"},{"op":"deleteNode","label":"Device","key":"d"},{"op":"deleteNode","label":"Device","key":"e"},{"op":"deleteNode","label":"Device","key":"f"}]} | 413 | the batch holds 6 mutations; the limit is 5
            bad tenant name    | application/json | ac$me | {"mutations":[{"op":"deleteNode","label":"Device","key":"d-000001"}]}   | 401 | 'ac$me' is not a tenant name
            """)
    void shouldRefuseNamingTheProblemAndChangeNeitherStoreWhenTheInputIsBad(String row, String contentType, String tenant,
                                                                          String body, int status, String message) throws Exception {
        String before = snapshot();

        HttpResponse<String> answer = client.post("/v1/tenants/" + tenant + "/mutations", contentType, body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains(message.strip());
        assertThat(snapshot()).as("neither store changed").isEqualTo(before);
    }

    @Test
    void shouldAnswer503AndLeaveMongoUntouchedWhenNeo4jIsUnreachable() throws Exception {
        String before = snapshot();
        neo4jProxy.cut();

        HttpResponse<String> answer = client.mutate("acme",
                "[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\"d-000002\",\"properties\":{\"model\":\"lost\"}}]");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.body()).contains("Neo4j did not accept the write").contains("nothing was written, retry the request");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        neo4jProxy.restore();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Node, relationship and version totals in the graph; document counts and version totals per fleet database. */
    private String snapshot() {
        StringBuilder out = new StringBuilder();
        try (var session = stores.neo4j().session()) {
            out.append(session.run("MATCH (n) RETURN count(n) AS n, sum(coalesce(n._g2dVersion, 0)) AS v, "
                    + "count { ()-[]->() } AS r, collect(n.model) AS models").single().asMap());
        }
        for (String db : stores.mongo().listDatabaseNames()) {
            if (db.startsWith("fleet_")) {
                for (String c : stores.mongo().getDatabase(db).listCollectionNames()) {
                    var docs = stores.mongo().getDatabase(db).getCollection(c).find().into(new java.util.ArrayList<>());
                    out.append(db).append('.').append(c).append('=').append(docs.hashCode()).append(';');
                }
            }
        }
        return out.toString();
    }
}
