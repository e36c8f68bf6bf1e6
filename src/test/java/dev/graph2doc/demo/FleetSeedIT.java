package dev.graph2doc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Point;

@ExtendWith(StoresExtension.class)
class FleetSeedIT {

    private static final FleetSpec SPEC = new FleetSpec(3, 45, 4, 7L);

    private TestStores stores;
    private Neo4jFleetGraphStore graph;

    @BeforeEach
    void emptyStores(TestStores stores) {
        this.stores = stores;
        stores.clear();
        graph = new Neo4jFleetGraphStore(stores.neo4j());
    }

    @Test
    void shouldHoldTheRequestedCountsPerTenantWhenSeeded() {
        SeedReport report = new FleetSeeder(graph, Clock.systemUTC()).seed(SPEC, msg -> { });

        assertThat(report.seeded()).containsExactly("acme", "globex", "initech");
        FleetCounts perTenant = new FleetSpec(1, 45, 4, 7L).expectedCounts();
        for (String tenant : SPEC.tenantNames()) {
            assertThat(graph.count(tenant)).as(tenant).isEqualTo(perTenant);
        }
        assertThat(perTenant.nodes()).containsEntry("Site", 3L).containsEntry("Reading", 180L);
    }

    @Test
    void shouldLeaveExistingTenantsAloneWhenSeededTwice() {
        FleetSeeder seeder = new FleetSeeder(graph, Clock.systemUTC());
        seeder.seed(new FleetSpec(1, 10, 2, 7L), msg -> { });
        List<String> progress = new ArrayList<>();

        SeedReport second = seeder.seed(new FleetSpec(2, 10, 2, 7L), progress::add);

        assertThat(second.skipped()).containsExactly("acme");
        assertThat(second.seeded()).containsExactly("globex");
        assertThat(graph.count("acme").totalNodes()).isEqualTo(new FleetSpec(1, 10, 2, 7L).expectedCounts().totalNodes());
        assertThat(progress).contains("tenant acme already exists; left as it is");
    }

    @Test
    void shouldStoreNativeNeo4jTypesWhenSeeded() {
        new FleetSeeder(graph, Clock.systemUTC()).seed(new FleetSpec(1, 10, 2, 7L), msg -> { });

        try (Session session = stores.neo4j().session()) {
            Record bin = session.run("MATCH (b:Bin {customerId: 'acme', id: 'b-000000'}) RETURN b").single();
            Point location = bin.get("b").get("location").asPoint();
            assertThat(location.srid()).isEqualTo(4326);
            assertThat(bin.get("b").get("installedAt").asZonedDateTime()).isInstanceOf(ZonedDateTime.class);
            assertThat(bin.get("b").get("capacityLitres").asLong()).isPositive();
            Record device = session.run("MATCH (d:Device {customerId: 'acme', id: 'd-000000'}) RETURN d").single();
            assertThat(device.get("d").get("calibration").asByteArray()).hasSize(3);
            assertThat(device.get("d").get("reportEvery").asIsoDuration().seconds()).isPositive();
            long emptyBins = session.run("MATCH (b:Bin {customerId: 'acme'}) WHERE NOT (b)<-[:MONITORS]-() "
                    + "RETURN count(b)").single().get(0).asLong();
            assertThat(emptyBins).isEqualTo(1L);
        }
    }
}
