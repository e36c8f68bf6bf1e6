package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.MappingException;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.CommandRun;
import dev.graph2doc.testing.StoreFingerprint;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * A mapping that the graph contradicts — a relationship declared the wrong way round, keys of mixed types, a root
 * label on two kinds of node with a repeated key — stops {@code serve} before it writes anything, naming the counts
 * and the fix, and makes {@code risk} exit 3 with the same numbers.
 */
@ExtendWith(StoresExtension.class)
class GraphShapeStartupIT {

    private static final Path FLEET = Path.of("migrations/fleet.yaml");

    private TestStores stores;
    @TempDir
    Path dir;

    @BeforeEach
    void seeded(TestStores stores) {
        this.stores = stores;
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC())
                .seed(new FleetSpec(1, 20, 1, 5L), m -> { });
    }

    @Test
    void shouldRefuseStartAndExitThreeFromRiskWhenAnEmbedPointsTheOtherWay() throws Exception {
        long bins = count("MATCH (b:Bin) WHERE EXISTS { (b)<-[:MONITORS]-(:Device) } RETURN count(b)");
        Path mapping = fleetWith("rel: MONITORS, direction: in, target: Device", "rel: MONITORS, direction: out, target: Device");

        String expected = "no (:Bin)-[:MONITORS]->(:Device) in the graph; " + bins + " Bin node(s) have "
                + "(:Bin)<-[:MONITORS]-(:Device), the other way";
        assertThat(startupFailure(mapping)).contains("collections[2].embed[1].direction: " + expected
                + " — did you mean direction: in?");
        assertThat(risk(mapping)).contains("danger bins.devices: " + expected + " — did you mean direction: in?");
    }

    @Test
    void shouldRefuseStartAndExitThreeFromRiskWhenAReferencePointsTheOtherWay() throws Exception {
        long devices = count("MATCH (d:Device) WHERE EXISTS { (d)-[:MONITORS]->(:Bin) } RETURN count(d)");
        Path mapping = fleetWith("rel: MONITORS, direction: out, target: Bin", "rel: MONITORS, direction: in, target: Bin");

        String expected = "no (:Device)<-[:MONITORS]-(:Bin) in the graph; " + devices + " Device node(s) have "
                + "(:Device)-[:MONITORS]->(:Bin), the other way";
        assertThat(startupFailure(mapping)).contains("collections[3].references[0].direction: " + expected
                + " — did you mean direction: out?");
        assertThat(risk(mapping)).contains("danger devices.binIds: " + expected + " — did you mean direction: out?");
    }

    @Test
    void shouldRefuseStartAndExitThreeFromRiskWithCountsPerTypeWhenKeysMixStringsAndAnInteger() throws Exception {
        run("MATCH (b:Bin {id: 'b-000007'}) SET b.id = 10410");

        String expected = "key 'id' of Bin (collection bins) mixes types: STRING on 19 nodes (e.g. 'b-";
        assertThat(startupFailure(FLEET)).contains("collections[2].key: " + expected)
                .contains("INTEGER on 1 (e.g. 10410): keys of one collection must have one type");
        assertThat(risk(FLEET)).contains("danger bins.id: " + expected).contains("INTEGER on 1 (e.g. 10410)");
    }

    @Test
    void shouldNameTheLabelKindsWhenARepeatedKeySitsOnTwoKindsOfNode() throws Exception {
        run("CREATE (:Bin:Legacy {id: 'b-000001', customerId: 'acme'})");

        String kinds = "the label Bin sits on 2 kinds of node: :Bin on 20, :Bin:Legacy on 1";
        assertThat(startupFailure(FLEET)).contains("key 'id' is not unique among Bin nodes of one tenant: 'b-000001' on "
                + "2 nodes of tenant 'acme'; " + kinds + " — give each kind of node its own label");
        assertThat(risk(FLEET)).contains("; " + kinds + " — the copy would merge each group").contains("warn   bins: " + kinds);
    }

    /** {@code serve}'s start-up, in process: the failure as the operator reads it; neither store changed. */
    private String startupFailure(Path mapping) throws Exception {
        String before = StoreFingerprint.of(stores) + constraints();
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.put("graph2doc.mapping", mapping.toString());
        properties.put("micronaut.server.port", 0);

        Throwable failure = catchThrowable(() -> RunningService.start(properties, Optional.empty(), line -> { }).close());

        assertThat(failure).isNotNull();
        assertThat(StartupFailures.hasCause(failure, MappingException.class)).as(failure.toString()).isTrue();
        assertThat(StoreFingerprint.of(stores) + constraints()).as("neither store changed").isEqualTo(before);
        return StartupFailures.explain(failure);
    }

    private String risk(Path mapping) throws Exception {
        CommandRun run = CommandRun.run(stores.environment(), Duration.ofSeconds(90), "risk", "--mapping", mapping.toString());
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(RiskCommand.DANGER);
        return run.stdout();
    }

    private Path fleetWith(String from, String to) throws Exception {
        String fleet = Files.readString(FLEET);
        assertThat(fleet).contains(from);
        return Files.writeString(dir.resolve("fleet.yaml"), fleet.replace(from, to));
    }

    private String constraints() {
        try (Session session = stores.neo4j().session()) {
            return session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name)").single().get(0).toString();
        }
    }

    private long count(String cypher) {
        try (Session session = stores.neo4j().session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private void run(String cypher) {
        try (Session session = stores.neo4j().session()) {
            session.run(cypher).consume();
        }
    }
}
