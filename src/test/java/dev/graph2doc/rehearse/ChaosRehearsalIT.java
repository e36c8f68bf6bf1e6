package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A short chaos rehearsal for CI ({@code --faults chaos --chaos-seed 161 --duration 60s}, one tenant): faults of every
 * kind at seeded times — kills, MongoDB and Neo4j stopped, an instance partitioned from each store, a slow store,
 * corruption, a pause — while the tenant walks with steps back. It must exit 0: no request failed but while the store
 * it needed was down, no acknowledged write lost, the tenant UNFORKED after a clean verification.
 */
@Tag("rehearsal")
@ExtendWith(StoresExtension.class)
class ChaosRehearsalIT {

    private static final Path REPORT = Path.of("target", "chaos-rehearsal-it");
    /**
     * Kinds whose injection does not depend on the walk's phase at the time (a corruption needs a forked tenant). A
     * fault waits while its store or every instance is still under an earlier one (a kill's restart takes an instance
     * away for 10–20 s), and is not injected if the 40 s window closes first: with seed 7 the partition from MongoDB
     * found both instances restarting once in five runs; with seed 48 the slow MongoDB, due 0.4 s after MongoDB was
     * stopped, waited out that fault's drain past the window once. Seed 161 leaves at least 13 s between two faults on
     * one store or instance and puts the two stopped stores on different stores.
     */
    private static final List<ChaosKind> ALWAYS_INJECTED = List.of(ChaosKind.KILL, ChaosKind.MONGODB_PARTITION,
            ChaosKind.NEO4J_PARTITION, ChaosKind.SLOW_STORE, ChaosKind.PAUSE);
    /** Always scheduled, injected unless every instance is still under an earlier fault (PartitionFencingIT always cuts). */
    private static final List<ChaosKind> PARTITIONS = List.of(ChaosKind.MONGODB_PARTITION, ChaosKind.NEO4J_PARTITION);

    @Test
    void shouldWalkToUnforkedWithNoLostWriteWhenFaultsOfEveryKindLandAtSeededTimes(TestStores stores) throws Exception {
        Map<String, String> env = Map.of();
        if (stores.kind().equals("containers")) {
            stores.clear();
            env = stores.environment();
        }

        Files.createDirectories(REPORT);
        Path output = REPORT.resolve("rehearse-output.txt");
        int exit = RehearsalIT.rehearse(env, output, "--tenants", "1", "--devices", "24", "--duration", "60s", "--faults",
                "chaos", "--chaos-seed", "161", "--report", REPORT.toString());

        String printed = Files.readString(output);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("PASSED: ").contains("chaos seed 161, 10 faults scheduled; injected per kind: ")
                .contains("fenced refusals ").contains("acknowledged documents checked ").contains(", lost 0");
        JsonNode report = new ObjectMapper().readTree(REPORT.resolve("report.json").toFile());
        assertThat(report.at("/result/failedRequests").asLong())
                .isEqualTo(report.at("/result/failedWhileNeededStoreDown").asLong());
        assertThat(report.at("/result/missingAcknowledgedWrites").asLong()).isZero();
        assertThat(report.at("/acknowledgedWrites/documentsChecked").asLong()).isPositive();
        assertThat(report.at("/finalPhases/acme").asText()).isEqualTo("UNFORKED");
        assertThat(report.at("/chaos/schedule")).as("the seed's schedule, in the report").hasSize(10);
        JsonNode perKind = report.at("/chaos/injectedPerKind");
        for (ChaosKind kind : ChaosKind.values()) {
            assertThat(RehearsalIT.faultNames(report)).as(kind.label()).anyMatch(name -> name.endsWith(" " + kind.label()));
        }
        for (ChaosKind kind : ALWAYS_INJECTED) {
            if (PARTITIONS.contains(kind) && perKind.path(kind.name()).asLong() == 0) {
                // a partition needs an instance no earlier fault holds; an instance restarting through a store outage
                // can hold one past the window (a fresh-clone CI: 45 s, 4 attempts) — then the rehearsal must say so
                assertThat(printed).as("%s not injected, and why", kind.label()).containsPattern("fault '#\\d+ "
                        + java.util.regex.Pattern.quote(kind.label()) + "' not injected: every instance was still under "
                        + "an earlier fault");
            } else {
                assertThat(perKind.path(kind.name()).asLong()).as(kind.label()).isPositive();
            }
        }
        if (env.isEmpty()) {
            assertThat(perKind.path("MONGODB_STOPPED").asLong()).isPositive();
            assertThat(perKind.path("NEO4J_STOPPED").asLong()).isPositive();
        }
    }
}
