package dev.graph2doc.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.api.RiskView;
import dev.graph2doc.cli.Graph2doc;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.risk.CollectionFacts.FanOut;
import dev.graph2doc.risk.RiskReport.Finding;
import dev.graph2doc.store.mongo.BsonSizes;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphSchema;
import dev.graph2doc.store.neo4j.Neo4jGraphStatistics;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.testing.TestTokens;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/** The risk report on a live graph: the seeded fleet (sound), and a graph built to be risky. */
@ExtendWith(StoresExtension.class)
class RiskReportIT {

    static final Path RISKY_MAPPING = Path.of("src/test/resources/risk/readings-embedded.yaml");
    /** Small limits, so that a 20,000-reading device is over every one of them and the test stays fast. */
    static final RiskLimits SMALL = new RiskLimits(1_000_000, 1_000, 100_000, 5_000, 5);
    static final int EXTRA_READINGS = 20_000;

    private TestStores stores;

    @BeforeEach
    void empty(TestStores stores) {
        this.stores = stores;
        stores.clear();
    }

    @Test
    void shouldMatchTheSeededCountsAndFindNoDangerWhenTheFleetGraphIsMappedAsShipped() {
        FleetSpec spec = seed(new FleetSpec(3, 40, 3, 7L));
        Mapping fleet = MappingLoader.load(Path.of("migrations/fleet.yaml"), new Neo4jGraphSchema(stores.neo4j()));

        RiskReport report = reporter(fleet, RiskLimits.DEFAULT).report();

        Map<String, Long> nodes = spec.expectedCounts().nodes();
        assertThat(report.collections()).extracting(CollectionFacts::root, CollectionFacts::roots).containsExactly(
                tuple("Customer", nodes), tuple("Site", nodes), tuple("Bin", nodes), tuple("Device", nodes),
                tuple("Reading", nodes));
        FanOut devices = fanOut(report, "bins", "devices");
        assertThat(devices.max()).as("every tenth device shares its neighbour's bin").isEqualTo(2);
        assertThat(report.collections()).allSatisfy(c -> assertThat(c.largestDocument().estimated()).isFalse());
        assertThat(report.hasDanger()).as(report.findings().toString()).isFalse();
        assertThat(report.wiredTigerFiles().files())
                .as("3 × (5 collections + 5 _id + 2 declared + 6 of graph2doc's own indexes; site.id is declared and own)")
                .isEqualTo(54);
    }

    @Test
    void shouldReportEachRiskWithItsNumbersWhenTheGraphIsBuiltToBeRisky() {
        buildRiskyGraph();
        Mapping risky = MappingLoader.load(RISKY_MAPPING, new KeyBlindSchema(new Neo4jGraphSchema(stores.neo4j())));

        RiskReport report = reporter(risky, SMALL).report();

        assertThat(report.hasDanger()).isTrue();
        assertThat(fanOut(report, "devices", "readings").max()).isEqualTo(EXTRA_READINGS + 2);
        assertThat(messages(report, Severity.DANGER)).anySatisfy(m -> assertThat(m).startsWith(
                "devices.readings: up to 20002 embedded Reading items per document (p99 20002, tenant acme) — at or "
                        + "above graph2doc.risk.max-array-items = 1000: unbounded fan-out: map Reading as its own collection"))
                .anySatisfy(m -> assertThat(m).startsWith("devices: largest document ").contains("estimated: Device "
                        + "'d-000000' of tenant acme) — at or above graph2doc.risk.max-document-bytes = 1000000"))
                .contains("bins.id: key not unique among Bin nodes of one tenant: 'b-000001' on 2 nodes of tenant 'acme'"
                        + " — the copy would merge each group into one document: make the key unique within a tenant, "
                        + "or choose another key")
                .contains("devices.id: 1 Device node(s) have no 'id' property — the copy leaves them out: set it on "
                        + "them, or choose another key");
    }

    @Test
    void shouldEstimateTheUnrenderedDocumentWithinTenPercentOfItsRealSize() {
        buildRiskyGraph();
        Mapping risky = MappingLoader.load(RISKY_MAPPING, new KeyBlindSchema(new Neo4jGraphSchema(stores.neo4j())));
        CollectionMapping devices = risky.collection("devices").orElseThrow();

        long estimated = reporter(risky, SMALL).report().collections().get(1).largestDocument().bytes();
        DocumentView rendered = new Neo4jGraphStore(stores.neo4j(), risky).renderKeys(devices, "acme", List.of("d-000000"))
                .documents().get(0);
        long real = new BsonSizes().documentBytes(rendered);

        assertThat(real).isGreaterThan(SMALL.maxDocumentBytes());
        assertThat((double) estimated).isCloseTo(real, org.assertj.core.data.Percentage.withPercentage(10));
    }

    @Test
    void shouldServeTheSameReportOverHttpWhenTheServiceRuns() throws Exception {
        seed(new FleetSpec(2, 30, 2, 3L));
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.put("micronaut.server.port", 0);

        try (RunningService service = RunningService.start(properties, Optional.empty(), line -> { })) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(TestTokens.request(
                    service.uri().resolve("/migration/risk")).GET().build(), HttpResponse.BodyHandlers.ofString());

            ObjectMapper json = new ObjectMapper();
            Mapping fleet = MappingLoader.load(Path.of("migrations/fleet.yaml"), new Neo4jGraphSchema(stores.neo4j()));
            // through text, as the answer came: numbers read back as the smallest type that holds them
            JsonNode direct = json.readTree(json.writeValueAsString(RiskView.of(reporter(fleet, RiskLimits.DEFAULT).report())));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(json.readTree(answer.body())).isEqualTo(direct);
            assertThat(direct.at("/findings/0/severity").asText()).isEqualTo("ok");
            assertThat(direct.at("/collections/2/fanOut/0/max").asLong()).isEqualTo(2);
        }
    }

    @Test
    void shouldExitWithThreeAndPrintTheFindingsWhenTheRiskCommandFindsADanger() throws Exception {
        buildRiskyGraph();

        ProcessBuilder risk = new ProcessBuilder(java(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Graph2doc.class.getName(), "risk", "--mapping", RISKY_MAPPING.toString());
        risk.environment().putAll(Map.of("NEO4J_URI", stores.neo4jUri(), "NEO4J_PASSWORD",
                stores.neo4jPassword() == null ? "" : stores.neo4jPassword(), "MONGODB_URI", stores.mongoUri(),
                "GRAPH2DOC_RISK_MAX_DOCUMENT_BYTES", "1000000", "GRAPH2DOC_RISK_MAX_ARRAY_ITEMS", "1000",
                "GRAPH2DOC_RISK_RENDER_CAP", "5000"));
        Process process = risk.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        Files.writeString(Path.of("target/risk-cli-output.txt"), output); // docs/risk-report.md's excerpt comes from here

        assertThat(exited).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(3);
        assertThat(output).contains("risk report: " + RISKY_MAPPING + ", layout database-per-tenant, 1 tenant(s)")
                .containsPattern("devices +10 +readings +embed +20002 +20002 +[0-9.]+ MiB \\(estimated\\)")
                .contains("  danger devices.readings: up to 20002 embedded Reading items per document")
                .contains("  danger bins.id: key not unique among Bin nodes of one tenant: 'b-000001' on 2 nodes")
                .contains("  danger devices.id: 1 Device node(s) have no 'id' property")
                .contains("  ok     wiredTiger: 1 tenant database(s) × (3 collections + 7 indexes) = 10 files");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private RiskReporter reporter(Mapping mapping, RiskLimits limits) {
        return new RiskReporter(mapping, new Neo4jGraphStore(stores.neo4j(), mapping),
                new Neo4jGraphStatistics(stores.neo4j(), mapping), new Neo4jGraphSchema(stores.neo4j()), new BsonSizes(), limits);
    }

    private FleetSpec seed(FleetSpec spec) {
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(spec, m -> { });
        return spec;
    }

    /** One tenant; device d-000000 with 20,002 readings; bin b-000001 twice; one device without an id. */
    void buildRiskyGraph() {
        seed(new FleetSpec(1, 10, 2, 1L));
        try (Session session = stores.neo4j().session()) {
            session.run("MATCH (d:Device {id: 'd-000000'})-[:REPORTED]->(r:Reading) WITH d, r LIMIT 1 "
                    + "UNWIND range(1, $extra) AS i CREATE (d)-[:REPORTED]->(x:Reading) "
                    + "SET x = properties(r), x.id = r.id + '-x' + i, x.seq = i", Map.of("extra", EXTRA_READINGS)).consume();
            session.run("MATCH (b:Bin {id: 'b-000001'}) CREATE (:Bin {id: b.id, customerId: b.customerId, "
                    + "capacityLitres: 120})").consume();
            session.run("CREATE (:Device {customerId: 'acme', model: 'BinBar S1'})").consume();
        }
    }

    private static org.assertj.core.groups.Tuple tuple(String label, Map<String, Long> nodes) {
        return org.assertj.core.groups.Tuple.tuple(label, nodes.get(label));
    }

    private static FanOut fanOut(RiskReport report, String collection, String field) {
        return report.collections().stream().filter(c -> c.name().equals(collection)).findFirst().orElseThrow()
                .fanOut().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow();
    }

    private static List<String> messages(RiskReport report, Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity).map(Finding::message).toList();
    }
}
