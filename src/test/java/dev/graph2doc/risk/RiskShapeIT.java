package dev.graph2doc.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.risk.RiskReport.Finding;
import dev.graph2doc.store.mongo.BsonSizes;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphSchema;
import dev.graph2doc.store.neo4j.Neo4jGraphStatistics;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/** The risk report's look at the data behind the mapping, on the demo fleet graph: write fan-out, indexes, value types. */
@ExtendWith(StoresExtension.class)
class RiskShapeIT {

    /** 2 tenants, 45 devices each (3 sites), 4 readings per device. */
    private static final FleetSpec SPEC = new FleetSpec(2, 45, 4, 11L);

    private TestStores stores;

    @BeforeEach
    void seeded(TestStores stores) {
        this.stores = stores;
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(SPEC, m -> { });
    }

    @Test
    void shouldShowTheWriteFanOutOfEveryEmbedWhenTheFleetGraphIsMapped() {
        RiskReport report = reporter(fleet()).report();

        assertThat(messages(report, "write-fan-out")).containsExactly(
                "sites.customer: one change of a Customer rewrites up to 3 sites document(s) (p99 3, tenant acme), "
                        + "under graph2doc.risk.max-fan-out = 1000",
                "bins.site: one change of a Site rewrites up to " + maxBinsPerSite() + " bins document(s) (p99 "
                        + maxBinsPerSite() + ", tenant acme), under graph2doc.risk.max-fan-out = 1000",
                "bins.devices: one change of a Device rewrites up to " + maxBinsPerDevice() + " bins document(s) (p99 "
                        + maxBinsPerDevice() + ", tenant acme), under graph2doc.risk.max-fan-out = 1000",
                "readings.device: one change of a Device rewrites up to 4 readings document(s) (p99 4, tenant acme), "
                        + "under graph2doc.risk.max-fan-out = 1000");
    }

    @Test
    void shouldWarnWithTheFixWhenOneNodeIsEmbeddedInMoreDocumentsThanTheLimit() {
        long perSite = maxBinsPerSite();
        assertThat(perSite).as("sites hold more bins than any other node is embedded in").isGreaterThan(4);
        RiskLimits limits = new RiskLimits(RiskLimits.SIXTEEN_MIB, 10_000, 100_000, 100_000, 5, perSite);

        List<Finding> warned = reporter(fleet(), limits).report().findings().stream()
                .filter(f -> f.check().equals("write-fan-out") && f.severity() == Severity.WARN).toList();

        assertThat(warned).extracting(Finding::subject).containsExactly("bins.site");
        assertThat(warned.get(0).message()).contains("at or above graph2doc.risk.max-fan-out = " + perSite)
                .endsWith("embed fewer of its fields (only ones that rarely change), or reference it instead of embedding it");
    }

    @Test
    void shouldCountExactlyTheIndexesThatPreparingTheCopyCreatesInMongoDb() {
        Mapping fleet = fleet();
        RiskReport report = reporter(fleet).report();
        MongoDocumentStore documents = new MongoDocumentStore(stores.mongo(), fleet);

        long created = 0;
        for (String tenant : List.of("acme", "globex")) {
            for (CollectionMapping c : fleet.collections()) {
                documents.prepare(tenant, c); // what the copy does before a range's first write
                created += stores.mongo().getDatabase(fleet.target().databaseFor(tenant)).getCollection(c.name())
                        .listIndexes().into(new ArrayList<>()).size();
            }
        }

        assertThat(report.wiredTigerFiles().indexes()).as("per tenant database, _id included").isEqualTo(13);
        assertThat(created).isEqualTo(2L * report.wiredTigerFiles().indexes());
    }

    @Test
    void shouldListAFieldOfMixedTypesAsAWarningWithCountsAndExamples() {
        run("MATCH (b:Bin {id: 'b-000003', customerId: 'globex'}) SET b.capacityLitres = 'large'");

        List<Finding> mixed = reporter(fleet()).report().findings().stream()
                .filter(f -> f.check().equals("value-type")).toList();

        assertThat(mixed).extracting(Finding::severity, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARN, "bins.capacityLitres"));
        assertThat(mixed.get(0).message()).startsWith("bins.capacityLitres: Bin nodes hold values of more than one type: "
                + "INTEGER on 89 nodes (e.g. ").contains("STRING on 1 (e.g. 'large')");
    }

    private long maxBinsPerDevice() {
        return max("MATCH (d:Device)-[:MONITORS]->(b:Bin) WITH d, count(b) AS c RETURN max(c)");
    }

    private long maxBinsPerSite() {
        return max("MATCH (s:Site)-[:HAS_BIN]->(b:Bin) WITH s, count(b) AS c RETURN max(c)");
    }

    private long max(String cypher) {
        try (Session session = stores.neo4j().session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private Mapping fleet() {
        return MappingLoader.load(Path.of("migrations/fleet.yaml"), new KeyBlindSchema(new Neo4jGraphSchema(stores.neo4j())));
    }

    private RiskReporter reporter(Mapping mapping) {
        return reporter(mapping, RiskLimits.DEFAULT);
    }

    private RiskReporter reporter(Mapping mapping, RiskLimits limits) {
        return new RiskReporter(mapping, new Neo4jGraphStore(stores.neo4j(), mapping),
                new Neo4jGraphStatistics(stores.neo4j(), mapping), new Neo4jGraphSchema(stores.neo4j()), new BsonSizes(), limits);
    }

    private static List<String> messages(RiskReport report, String check) {
        return report.findings().stream().filter(f -> f.check().equals(check)).map(Finding::message).toList();
    }

    private void run(String cypher) {
        try (Session session = stores.neo4j().session()) {
            session.run(cypher).consume();
        }
    }
}
