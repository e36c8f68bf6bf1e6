package dev.graph2doc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.MappingException;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphSchema;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoreFingerprint;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import dev.graph2doc.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad-input matrix of docs/security.md, one row per case: every row is sent over HTTP to a service whose tenant acme is in
 * FORK_WRITES (so a write would reach both stores) and asserts the status, the message, that no token is echoed,
 * and that neither store changed. {@code <NUL>} in a body stands for the JSON escape of NUL; {@code @DEEP},
 * {@code @HUGE} and {@code @LONGKEY} for generated bodies.
 */
@ExtendWith(StoresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String EXPIRED_OPERATOR = "expired-operator-token-0123456789";
    static final String EXPIRED_ACME = "expired-acme-key-0123456789";
    private static final String UNKNOWN = "unknown-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String MUTATIONS = "/v1/tenants/acme/mutations";

    private TestStores stores;
    private RunningService service;

    @BeforeAll
    void start(TestStores stores) throws Exception {
        this.stores = stores;
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(2, 10, 1, 7L), m -> { });
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, "graph2doc.copy.poll-interval", "50ms",
                TestTokens.PROPERTY, tokensWithExpiredOnes().toString()));
        service = RunningService.start(properties, Optional.empty(), line -> { });
        new ServiceClient(service.uri()).moveTo(List.of("acme"), "FORK_WRITES");
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            missing token (read)            | GET  | /v1/tenants/acme/collections/bins              |                  | none         |     | 401 | no bearer token: /v1/tenants/acme needs the key of tenant 'acme'
            missing token (write)           | POST | /v1/tenants/acme/mutations                     | application/json | none         | {"mutations":[{"op":"deleteNode","label":"Device","key":"d-000001"}]} | 401 | no bearer token
            missing token (control)         | POST | /migration/transitions                         | application/json | none         | {"to":"GRAPH_ONLY","tenants":["acme"],"reason":"x"} | 401 | /migration needs an operator token
            invalid token                   | POST | /v1/tenants/acme/mutations                     | application/json | unknown      | {"mutations":[{"op":"deleteNode","label":"Device","key":"d-000001"}]} | 401 | the bearer token is not known
            expired tenant key              | POST | /v1/tenants/acme/mutations                     | application/json | expired-acme | {"mutations":[{"op":"deleteNode","label":"Device","key":"d-000001"}]} | 401 | the bearer token 'expired-acme' expired at 2020-01-01T00:00:00Z
            expired operator token          | POST | /migration/transitions                         | application/json | expired-ops  | {"to":"GRAPH_ONLY","tenants":["acme"],"reason":"x"} | 401 | the bearer token 'expired-ops' expired at 2020-01-01T00:00:00Z
            not a bearer token              | GET  | /migration                                     |                  | basic        |     | 401 | the Authorization header is not 'Bearer <token>'
            another tenant's key (write)    | POST | /v1/tenants/globex/mutations                   | application/json | acme         | {"mutations":[{"op":"deleteNode","label":"Device","key":"d-000001"}]} | 403 | belongs to tenant 'acme', not to tenant 'globex'
            another tenant's key (read)     | GET  | /v1/tenants/globex/collections/bins/b-000001   |                  | acme         |     | 403 | belongs to tenant 'acme', not to tenant 'globex'
            operator token on the data API  | POST | /v1/tenants/acme/mutations                     | application/json | operator     | {"mutations":[{"op":"deleteNode","label":"Device","key":"d-000001"}]} | 403 | an operator token is not a data-API credential
            tenant key on the control API   | POST | /migration/transitions                         | application/json | acme         | {"to":"GRAPH_ONLY","tenants":["acme"],"reason":"x"} | 403 | the key of tenant 'acme' is not an operator credential
            malformed JSON                  | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[                  | 400 | malformed JSON
            empty body                      | POST | /v1/tenants/acme/mutations                     | application/json | acme         |                                 | 400 | send the JSON body the API reference
            wrong content type              | POST | /v1/tenants/acme/mutations                     | text/plain       | acme         | {"mutations":[]}                | 415 | Content Type [text/plain] not allowed
            oversized body                  | POST | /v1/tenants/acme/mutations                     | application/json | acme         | @HUGE                           | 413 | exceeds the maximum allowed content length
            deeply nested JSON              | POST | /v1/tenants/acme/mutations                     | application/json | acme         | @DEEP                           | 400 | nesting depth
            unknown op                      | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"explode","label":"Bin","key":"b-000001"}]} | 400 | unknown op 'explode'
            unknown label                   | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"deleteNode","label":"Bucket","key":"b"}]} | 400 | unknown label 'Bucket'
            unknown relationship type       | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"link","type":"OWNZ","from":{"label":"Device","key":"d-000001"},"to":{"label":"Bin","key":"b-000001"}}]} | 400 | OWNZ
            unknown property                | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"upsertNode","label":"Bin","key":"b-000001","properties":{"colour":"red"}}]} | 400 | unknown property 'colour' of Bin
            property name with $            | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"upsertNode","label":"Device","key":"d-000001","properties":{"$set":1}}]} | 400 | unknown property '$set'
            property name with .            | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"upsertNode","label":"Device","key":"d-000001","properties":{"model.x":1}}]} | 400 | unknown property 'model.x'
            property name with NUL          | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"upsertNode","label":"Device","key":"d-000001","properties":{"mo<NUL>del":1}}]} | 400 | unknown property
            key with NUL                    | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"upsertNode","label":"Device","key":"d<NUL>1","properties":{"model":"m"}}]} | 400 | without NUL
            key too long                    | POST | /v1/tenants/acme/mutations                     | application/json | acme         | @LONGKEY                        | 400 | at most 512 characters
            property name too long          | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"upsertNode","label":"Device","key":"d-000001","properties":{"mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm":1}}]} | 400 | unknown property
            unicode label                   | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"deleteNode","label":"Bín🗑","key":"b-000001"}]} | 400 | unknown label 'B
            cypher in label                 | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"deleteNode","label":"Bin`) MATCH (n) DETACH DELETE n //","key":"b"}]} | 400 | unknown label
            cypher in relationship type     | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"link","type":"MONITORS`]->() MATCH (n) DETACH DELETE n //","from":{"label":"Device","key":"d-000001"},"to":{"label":"Bin","key":"b-000001"}}]} | 400 | MONITORS`]->()
            cypher in property name         | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"upsertNode","label":"Device","key":"d-000001","properties":{"x`=1 MATCH (n) DETACH DELETE n //":1}}]} | 400 | unknown property
            cypher in relationship property | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"link","type":"MONITORS","from":{"label":"Device","key":"d-000001"},"to":{"label":"Bin","key":"b-000001"},"properties":{"since`=1 DETACH DELETE n //":1}}]} | 400 | unknown property
            cypher in tenant field          | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"deleteNode","label":"Device","key":"d-000001","tenant":"acme' OR 1=1 //"}]} | 400 | addresses tenant 'acme' OR 1=1 //'
            cypher key beside a bad one     | POST | /v1/tenants/acme/mutations                     | application/json | acme         | {"mutations":[{"op":"upsertNode","label":"Bin","key":"x'}) MATCH (n) DETACH DELETE n //","properties":{"fillLevel":1}},{"op":"deleteNode","label":"Nope","key":"k"}]} | 400 | 1 invalid mutation(s)
            cypher in collection name       | GET  | /v1/tenants/acme/collections/bins%60)%20MATCH%20(n)%20DETACH%20DELETE%20n | | acme | | 404 | no collection 'bins`) MATCH (n) DETACH DELETE n'
            cypher in filter field          | GET  | /v1/tenants/acme/collections/bins?where.id%60%3D1%20OR%201%3D1=1 |      | acme         |     | 400 | cannot filter bins on 'id`=1 OR 1=1'
            $ operator in filter field      | GET  | /v1/tenants/acme/collections/bins?where.$where=1 |                | acme         |     | 400 | cannot filter bins on '$where'
            dotted filter field             | GET  | /v1/tenants/acme/collections/bins?where.site.id=s-1 |             | acme         |     | 400 | cannot filter bins on 'site.id'
            path traversal in tenant        | GET  | /v1/tenants/acme/../globex/collections/bins     |                 | acme         |     | 403 | path segments '.' and '..' are not accepted
            encoded traversal in tenant     | GET  | /v1/tenants/acme%2F..%2Fglobex/collections/bins |                 | acme         |     | 403 | is not a tenant name
            traversal to a system database  | GET  | /v1/tenants/admin/collections/system.users      |                 | acme         |     | 403 | not to tenant 'admin'
            path traversal in collection    | GET  | /v1/tenants/acme/collections/..%2F..%2Fadmin    |                 | acme         |     | 404 | no collection
            system collection name          | GET  | /v1/tenants/acme/collections/system.users       |                 | acme         |     | 404 | no collection 'system.users'
            unknown phase in a transition   | POST | /migration/transitions                         | application/json | operator     | {"to":"EXPLODE","tenants":["acme"],"reason":"x"} | 400 | EXPLODE
            traversal in a transition       | POST | /migration/transitions                         | application/json | operator     | {"to":"GRAPH_ONLY","tenants":["../acme"],"reason":"x"} | 400 | ../acme
            malformed JSON in a transition  | POST | /migration/transitions                         | application/json | operator     | {"to":                          | 400 |
            cypher tenant in mismatches     | GET  | /migration/mismatches?tenant=acme'%20OR%201=1  |                  | operator     |     | 400 | is not a tenant name
            """)
    void shouldRefuseNamingTheProblemAndChangeNeitherStoreWhenTheInputIsBad(String row, String method, String path,
            String contentType, String token, String body, int status, String message) throws Exception {
        String before = StoreFingerprint.of(stores);

        HttpResponse<String> answer = send(method, path, contentType, token, body(body));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains(message == null ? "" : message.strip());
        assertThat(answer.headers().firstValue("Content-Type")).as("one error format").hasValue("application/problem+json");
        Map<String, Object> problem = JSON.readValue(answer.body(), new TypeReference<>() { });
        assertThat(problem).containsKeys("type", "title", "detail").containsEntry("status", status);
        assertThat((String) problem.get("detail")).as("a sentence, not a bare status").contains(" ");
        assertThat(answer.body()).as("no token is echoed").doesNotContain(presented(token) == null ? "\u0001" : presented(token));
        assertThat(StoreFingerprint.of(stores)).as("neither store changed").isEqualTo(before);
    }

    @ParameterizedTest(name = "mapping: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            cypher in a root label           | root: Bin                | root: "Bin`) MATCH (n) DETACH DELETE n //"    | contains a backtick
            cypher in a relationship type    | rel: MONITORS, direction: in | rel: "MONITORS`]-() DETACH DELETE n //", direction: in | contains a backtick
            cypher in an embedded target     | target: Device, as: array | target: "Device`) DETACH DELETE (n", as: array | Device`) DETACH DELETE (n
            label that is not in the graph   | root: Bin                | root: "Bin) DETACH DELETE (n"                | Bin) DETACH DELETE (n
            NUL in a label                   | root: Bin                | root: "Bin\\0"                              | contains a NUL character
            $ in a field name                | fields: [id, capacityLitres | fields: ["$where", capacityLitres           | $where
            dot in a field name              | fields: [id, capacityLitres | fields: ["a.b", capacityLitres             | a.b
            traversal in a database prefix   | databasePrefix: "fleet_" | databasePrefix: "../"                        | databasePrefix
            traversal in a collection name   | name: bins               | name: "../bins"                              | ../bins
            """)
    void shouldRefuseTheMappingAndChangeNeitherStoreWhenItCarriesAnInjection(String row, String find, String replace,
                                                                           String message) throws Exception {
        String yaml = Files.readString(Path.of("migrations/fleet.yaml"));
        assertThat(yaml).contains(find.strip());
        Path file = Files.createTempFile("injected-mapping-", ".yaml");
        Files.writeString(file, yaml.replace(find.strip(), replace.strip()));
        String before = StoreFingerprint.of(stores);

        assertThatThrownBy(() -> MappingLoader.load(file, new Neo4jGraphSchema(stores.neo4j())))
                .isInstanceOf(MappingException.class).hasMessageContaining(message.strip());
        assertThat(StoreFingerprint.of(stores)).as("neither store changed").isEqualTo(before);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.uri() + path)).timeout(Duration.ofSeconds(30));
        String presented = presented(token);
        if (token.equals("basic")) {
            request.header("Authorization", "Basic dXNlcjpwYXNzd29yZA==");
        } else if (presented != null) {
            request.header("Authorization", "Bearer " + presented);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String presented(String token) {
        return switch (token) {
            case "acme", "globex" -> TestTokens.key(token);
            case "operator" -> TestTokens.OPERATOR;
            case "unknown" -> UNKNOWN;
            case "expired-acme" -> EXPIRED_ACME;
            case "expired-ops" -> EXPIRED_OPERATOR;
            default -> null;
        };
    }

    private static String body(String body) {
        if (body == null) {
            return null;
        }
        return switch (body) {
            case "@HUGE" -> "{\"mutations\":[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\"d-000001\",\"properties\":"
                    + "{\"model\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}}]}";
            case "@DEEP" -> "{\"mutations\":[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\"d-000001\",\"properties\":"
                    + "{\"model\":" + "[".repeat(200) + "]".repeat(200) + "}}]}";
            case "@LONGKEY" -> "{\"mutations\":[{\"op\":\"deleteNode\",\"label\":\"Device\",\"key\":\"" + "k".repeat(513) + "\"}]}";
            default -> body.replace("<NUL>", "\\u0000");
        };
    }

    /** The shared test tokens, plus an operator token and an acme key that expired in 2020. */
    static Path tokensWithExpiredOnes() throws Exception {
        StringBuilder yaml = new StringBuilder("operators:\n  - {name: test-operator, token: \"" + TestTokens.OPERATOR + "\"}\n")
                .append("  - {name: expired-ops, token: \"" + EXPIRED_OPERATOR + "\", expires: 2020-01-01T00:00:00Z}\n")
                .append("tenants:\n")
                .append("  - {tenant: acme, name: expired-acme, key: \"" + EXPIRED_ACME + "\", expires: 2020-01-01T00:00:00Z}\n");
        TestTokens.TENANTS.forEach(t -> yaml.append("  - {tenant: ").append(t).append(", key: \"").append(TestTokens.key(t)).append("\"}\n"));
        Path file = Files.createTempFile("graph2doc-matrix-tokens-", ".yaml");
        Files.writeString(file, yaml);
        file.toFile().deleteOnExit();
        return file;
    }
}
