package dev.graph2doc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The data API's reads over real HTTP: served by the phase's store in one JSON shape, every refusal, and shadow
 * reads that find documents corrupted directly in MongoDB. acme is in COMPARE (MongoDB serves, Neo4j is the
 * candidate), globex in FORK_WRITES (Neo4j serves, every read compared), initech stays GRAPH_ONLY; umbrella, in
 * COMPARE too, takes racing writes and reads.
 */
@ExtendWith(StoresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataApiReadIT {

    private static final Pattern COMPARISON = Pattern.compile(
            "graph2doc_shadow_comparisons_total\\{([^}]*)} ([0-9.E]+)");
    private static final Pattern MISMATCH = Pattern.compile(
            "graph2doc_shadow_mismatches_total\\{([^}]*)} ([0-9.E]+)");
    private static final List<String> MISMATCH_KINDS = List.of("missing", "extra", "field", "type", "array_order");

    private TestStores stores;
    private RunningService service;
    private ServiceClient client;

    @BeforeAll
    void start(TestStores stores) throws Exception {
        this.stores = stores;
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(4, 12, 1, 5L), m -> { });
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, "graph2doc.copy.poll-interval", "50ms",
                "graph2doc.read.compare.sample-ratio.fork-writes", 1.0,
                "graph2doc.read.compare.recheck-delay", "50ms", "graph2doc.read.max-limit", 50,
                "graph2doc.read.default-limit", 20, "graph2doc.read.compare.tally-flush-interval", "100ms",
                "graph2doc.phase.gates.min-comparisons", 5));
        // these tests corrupt documents in tenants that must stay where they are; AutoStepBackIT covers stepping back
        properties.put("graph2doc.phase.auto-step-back.enabled", false);
        service = RunningService.start(properties, Optional.empty(), line -> { });
        client = new ServiceClient(service.uri());
        client.moveTo(List.of("acme", "umbrella"), "COMPARE");
        client.moveTo(List.of("globex"), "FORK_WRITES");
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
    }

    @Test
    void shouldAnswerTheSameJsonWhetherNeo4jOrMongoServes() throws Exception {
        for (String key : List.of("b-000001", "b-000002")) {
            JsonNode fromMongo = ok("/v1/tenants/acme/collections/bins/" + key);
            JsonNode fromNeo4j = ok("/v1/tenants/globex/collections/bins/" + key);
            assertThat(fromMongo.fieldNames().next()).as("the key field first").isEqualTo("id");
            assertThat(fieldNames(fromMongo)).isEqualTo(fieldNames(fromNeo4j));
            assertThat(fromMongo.toString()).doesNotContain("_g2d").doesNotContain("_id");
            assertThat(fromNeo4j.toString()).doesNotContain("_g2d");
        }
    }

    @Test
    void shouldPageThroughEveryDocumentInKeyOrderWhenFollowingNext() throws Exception {
        for (String tenant : List.of("acme", "initech")) {
            List<String> keys = new ArrayList<>();
            String path = "/v1/tenants/" + tenant + "/collections/devices?limit=5";
            for (int pages = 0; path != null && pages < 10; pages++) {
                JsonNode page = ok(path);
                page.get("items").forEach(item -> keys.add(item.get("id").asText()));
                JsonNode next = page.get("next");
                path = next.isNull() ? null : "/v1/tenants/" + tenant + "/collections/devices?limit=5&after=" + next.asText();
            }
            assertThat(keys).as(tenant).hasSize(12).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void shouldReturnOnlyMatchingDocumentsWhenFiltered() throws Exception {
        String model = ok("/v1/tenants/acme/collections/devices/d-000001").get("model").asText();
        for (String tenant : List.of("acme", "globex")) {
            JsonNode page = ok("/v1/tenants/" + tenant + "/collections/devices?where.model="
                    + URLEncoder.encode(model, StandardCharsets.UTF_8));
            assertThat(page.get("items").size()).isPositive();
            page.get("items").forEach(item -> assertThat(item.get("model").asText()).isEqualTo(model));
        }
    }

    @Test
    void shouldNotFindAnotherTenantsKey() throws Exception {
        HttpResponse<String> created = client.mutate("globex",
                "[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\"d-globex-only\",\"properties\":{\"model\":\"G\"}}]");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(ok("/v1/tenants/globex/collections/devices/d-globex-only").get("model").asText()).isEqualTo("G");

        for (String tenant : List.of("acme", "initech")) {
            HttpResponse<String> answer = client.get("/v1/tenants/" + tenant + "/collections/devices/d-globex-only");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("\"model\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown collection     | /v1/tenants/acme/collections/nope/x                        | 404 | no collection 'nope'
            unmapped filter field  | /v1/tenants/acme/collections/bins?where.colour=red         | 400 | cannot filter bins on 'colour'
            filter on a neighbour  | /v1/tenants/acme/collections/bins?where.devices=d-000001   | 400 | cannot filter bins on 'devices'
            internal field filter  | /v1/tenants/acme/collections/devices?where._g2d_v=1        | 400 | cannot filter devices on '_g2d_v'
            limit zero             | /v1/tenants/acme/collections/bins?limit=0                  | 400 | limit '0' must be a whole number from 1 to 50
            limit huge             | /v1/tenants/acme/collections/bins?limit=1000000            | 400 | limit '1000000' must be a whole number from 1 to 50
            limit not a number     | /v1/tenants/acme/collections/bins?limit=ten                | 400 | limit 'ten'
            malformed cursor       | /v1/tenants/acme/collections/bins?after=%01                | 400 | after '?' is not a key of bins
            unknown parameter      | /v1/tenants/acme/collections/bins?sort=id                  | 400 | unknown query parameter 'sort'
            repeated parameter     | /v1/tenants/acme/collections/bins?limit=1&limit=2          | 400 | given 2 times
            bad tenant name        | /v1/tenants/ac$me/collections/bins/b-000001                | 401 | 'ac$me' is not a tenant name
            absent document        | /v1/tenants/acme/collections/bins/b-999999                 | 404 | no document 'b-999999' in bins of tenant 'acme'
            bad mismatch limit     | /migration/mismatches?limit=0                              | 400 | limit '0'
            """)
    void shouldRefuseNamingTheProblemWhenTheReadIsBad(String row, String path, int status, String message) throws Exception {
        HttpResponse<String> answer = client.get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains(message.strip());
    }

    @Test
    void shouldClassifyEveryCorruptionWhenMongoServesAndNeo4jIsTheCandidate() throws Exception {
        MongoCollection<Document> bins = stores.mongo().getDatabase("fleet_acme").getCollection("bins");
        bins.updateOne(new Document("_id", "b-000003"), new Document("$set", new Document("fillLevel", 12345)));
        bins.updateOne(new Document("_id", "b-000004"), new Document("$pop", new Document("devices", 1)));
        bins.deleteOne(new Document("_id", "b-000005"));
        bins.insertOne(new Document("_id", "b-ghost").append("_g2d_v", 1L).append("fillLevel", 1));

        assertThat(client.get("/v1/tenants/acme/collections/bins/b-000003").statusCode()).isEqualTo(200);
        assertThat(client.get("/v1/tenants/acme/collections/bins/b-000004").statusCode()).isEqualTo(200);
        assertThat(client.get("/v1/tenants/acme/collections/bins/b-000005").statusCode()).as("MongoDB serves").isEqualTo(404);
        assertThat(client.get("/v1/tenants/acme/collections/bins/b-ghost").statusCode()).isEqualTo(200);

        Map<String, JsonNode> samples = awaitSamples("acme", "bins", 4);
        assertThat(samples.get("b-000003").get("outcome").asText()).isEqualTo("field");
        assertThat(samples.get("b-000003").get("paths").toString()).contains("fillLevel");
        assertThat(samples.get("b-000003").get("control").asText()).contains("12345");
        assertThat(samples.get("b-000004").get("outcome").asText()).isEqualTo("field");
        assertThat(samples.get("b-000004").get("paths").toString()).contains("devices");
        assertThat(samples.get("b-000005").get("outcome").asText()).as("the candidate (Neo4j) has it").isEqualTo("extra");
        assertThat(samples.get("b-ghost").get("outcome").asText()).as("the candidate (Neo4j) lacks it").isEqualTo("missing");
        assertThat(comparisons("acme", "field")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldCountMissingWhenNeo4jServesAndMongoLostTheDocument() throws Exception {
        stores.mongo().getDatabase("fleet_globex").getCollection("devices").deleteOne(new Document("_id", "d-000007"));
        assertThat(client.get("/v1/tenants/globex/collections/devices/d-000007").statusCode()).as("Neo4j serves").isEqualTo(200);
        Map<String, JsonNode> samples = awaitSamples("globex", "devices", 1);
        assertThat(samples.get("d-000007").get("outcome").asText()).isEqualTo("missing");
        assertThat(samples.get("d-000007").get("controlStore").asText()).isEqualTo("neo4j");
    }

    @Test
    void shouldFindNoMismatchWhenWritesRaceReadsInCompare() throws Exception {
        List<String> devices = List.of("d-000001", "d-000002", "d-000003", "d-000004");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        Instant deadline = Instant.now().plusSeconds(30);
        List<Future<Integer>> work = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            work.add(threads.submit(() -> {
                int ok = 0;
                for (int i = 0; i < 60 && Instant.now().isBefore(deadline); i++) {
                    String key = devices.get((i + writer) % devices.size());
                    HttpResponse<String> r = client.mutate("umbrella", "[{\"op\":\"upsertNode\",\"label\":\"Device\","
                            + "\"key\":\"" + key + "\",\"properties\":{\"model\":\"race-" + writer + "-" + i
                            + "\",\"batteryPct\":" + (i % 100) + "}}]");
                    ok += r.statusCode() == 200 ? 1 : 0;
                }
                return ok;
            }));
        }
        for (int r = 0; r < 2; r++) {
            work.add(threads.submit(() -> {
                int ok = 0;
                for (int i = 0; i < 150 && Instant.now().isBefore(deadline); i++) {
                    String path = switch (i % 3) {
                        case 0 -> "/v1/tenants/umbrella/collections/devices/" + devices.get(i % devices.size());
                        case 1 -> "/v1/tenants/umbrella/collections/bins/b-00000" + (1 + i % 4);
                        default -> "/v1/tenants/umbrella/collections/devices?limit=5";
                    };
                    ok += client.get(path).statusCode() == 200 ? 1 : 0;
                }
                return ok;
            }));
        }
        int succeeded = 0;
        for (Future<Integer> f : work) {
            succeeded += f.get();
        }
        threads.shutdown();
        assertThat(succeeded).as("every write and read answered 200").isEqualTo(2 * 60 + 2 * 150);

        double compared = awaitSettledComparisons("umbrella");
        double mismatched = 0;
        for (String outcome : MISMATCH_KINDS) {
            mismatched += comparisons("umbrella", outcome);
        }
        assertThat(compared).as(client.get("/prometheus").body().lines()
                .filter(l -> l.startsWith("graph2doc_shadow_comparisons_total") && l.contains("umbrella")).toList().toString())
                .isGreaterThan(300);
        assertThat(mismatched).as("mismatches among %s comparisons (stale: %s): %s", compared,
                comparisons("umbrella", "stale"), client.get("/migration/mismatches?tenant=umbrella").body()).isZero();
        assertThat(ok("/migration/mismatches?tenant=umbrella").size()).isZero();
    }

    /** Waits (bounded) until the tenant's comparison count stops moving: re-checks of raced keys have finished. */
    private double awaitSettledComparisons(String tenant) throws Exception {
        double last = -1;
        int stable = 0;
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            double now = 0;
            for (String outcome : List.of("match", "mismatch", "stale", "error", "timeout")) {
                now += comparisons(tenant, outcome);
            }
            stable = now == last && client.metric("graph2doc_shadow_queue") == 0 ? stable + 1 : 0;
            if (stable == 3) {
                return now;
            }
            last = now;
            Thread.sleep(300);
        }
        return last;
    }

    @Test
    void shouldRefuseSwappingReadsNamingTheMismatchRatioWhenShadowReadsFoundADifference() throws Exception {
        client.moveTo(List.of("initech"), "FORK_WRITES");
        stores.mongo().getDatabase("fleet_initech").getCollection("devices").deleteOne(new Document("_id", "d-000009"));
        for (int i = 1; i <= 9; i++) {
            assertThat(client.get("/v1/tenants/initech/collections/devices/d-00000" + i).statusCode()).isEqualTo(200);
        }
        awaitSamples("initech", "devices", 1);
        Thread.sleep(300); // the counts reach the control database at the next flush (every 100 ms here)

        HttpResponse<String> refused = client.post("/migration/transitions",
                "{\"to\":\"SWAP_READS\",\"tenants\":[\"initech\"]}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("mismatch ratio of tenant 'initech' is").contains("of 9)")
                .doesNotContain("read comparison(s), at least");
    }

    private Map<String, JsonNode> awaitSamples(String tenant, String collection, int at) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        Map<String, JsonNode> byKey = new HashMap<>();
        while (byKey.size() < at && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            for (JsonNode s : ok("/migration/mismatches?tenant=" + tenant + "&collection=" + collection)) {
                byKey.putIfAbsent(s.get("key").asText(), s);
            }
        }
        assertThat(byKey).as("mismatch samples of %s/%s", tenant, collection).hasSizeGreaterThanOrEqualTo(at);
        return byKey;
    }

    /** Comparisons by result (match, mismatch, stale, error, timeout), or mismatches by kind (field, missing...). */
    double comparisons(String tenant, String outcome) throws Exception {
        double sum = 0;
        boolean kind = MISMATCH_KINDS.contains(outcome);
        Matcher m = (kind ? MISMATCH : COMPARISON).matcher(client.get("/prometheus").body());
        String label = (kind ? "kind=\"" : "result=\"") + outcome + "\"";
        while (m.find()) {
            if (m.group(1).contains("tenant=\"" + tenant + "\"") && m.group(1).contains(label)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> answer = client.get(path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return ServiceClient.JSON.readTree(answer.body());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
