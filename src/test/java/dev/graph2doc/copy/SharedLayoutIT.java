package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Target;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestMappings;
import dev.graph2doc.testing.TestStores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared layout: one database, the tenant in every _id, on every document and leading every index. */
@ExtendWith(StoresExtension.class)
class SharedLayoutIT {

    @Test
    void shouldKeepTenantsApartInOneDatabaseWhenTheLayoutIsShared(TestStores stores) throws InterruptedException {
        stores.clear();
        FleetSpec spec = new FleetSpec(2, 25, 0, 4L);
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(spec, m -> { });
        Mapping fleet = TestMappings.fleet();
        Mapping shared = new Mapping(fleet.source(), fleet.tenancy(), new Target(Layout.SHARED, null, "fleet"),
                fleet.collections(), fleet.lines());

        try (CopyFixture fixture = new CopyFixture(stores, shared)) {
            CopyCoordinator coordinator = fixture.coordinator("a", new CopySettings(10, 100, Duration.ofSeconds(30),
                    Duration.ofMillis(10)), CopyProgressListener.NONE);
            coordinator.start(spec.tenantNames(), List.of());
            CopyFixture.copyAll(coordinator);

            fixture.assertMongoEqualsRender(spec.tenantNames());
            assertThat(fixture.documents.count("acme", "bins")).isEqualTo(25);
            assertThat(fixture.documents.find("globex", "bins", "b-000003").orElseThrow().body().get("customerId"))
                    .isEqualTo("globex");
            Document raw = stores.mongo().getDatabase("fleet").getCollection("bins")
                    .find(new Document("_id", new Document("t", "acme").append("k", "b-000003"))).first();
            assertThat(raw).isNotNull();
            assertThat(raw.getString("_g2d_tenant")).isEqualTo("acme");
            assertThat(stores.mongo().getDatabase("fleet").getCollection("bins").countDocuments()).isEqualTo(50);
            List<Document> indexes = stores.mongo().getDatabase("fleet").getCollection("bins").listIndexes()
                    .map(i -> i.get("key", Document.class)).into(new ArrayList<>());
            assertThat(indexes).contains(new Document("_g2d_tenant", 1).append("site.id", 1));
            assertThat(stores.mongo().listDatabaseNames().into(new ArrayList<>())).doesNotContain("fleet_acme");
        }
    }
}
