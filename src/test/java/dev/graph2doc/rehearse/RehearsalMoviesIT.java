package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rehearsal of another graph than the fleet: the public movies graph ({@code --mapping migrations/movies.yaml
 * --dataset migrations/movies.cypher}, a single fixed tenant), driven by the load read off the mapping, faults on —
 * the same exit conditions as {@link RehearsalIT}.
 */
@Tag("rehearsal")
@ExtendWith(StoresExtension.class)
class RehearsalMoviesIT {

    private static final Path REPORT = Path.of("target", "rehearsal-movies-it");

    @Test
    void shouldWalkToUnforkedThroughEveryFaultWithNoFailedRequestAndNoLostWriteWhenRehearsingTheMoviesGraph(
            TestStores stores) throws Exception {
        Map<String, String> env = Map.of();
        if (stores.kind().equals("containers")) {
            stores.clear();
            env = stores.environment();
        }

        Files.createDirectories(REPORT);
        Path output = REPORT.resolve("rehearse-output.txt");
        int exit = RehearsalIT.rehearse(env, output, "--mapping", "migrations/movies.yaml", "--dataset",
                "migrations/movies.cypher", "--duration", "20s", "--faults", "on", "--report", REPORT.toString());

        assertThat(exit).as(Files.readString(output)).isZero();
        assertThat(Files.readString(output)).contains("PASSED: ").contains("rehearsing [movies] (a single-tenant mapping)");
        JsonNode report = new ObjectMapper().readTree(REPORT.resolve("report.json").toFile());
        assertThat(report.at("/result/failedRequests").asLong()).isZero();
        assertThat(report.at("/result/missingAcknowledgedWrites").asLong()).isZero();
        assertThat(report.at("/result/finalVerificationsClean").asBoolean()).isTrue();
        assertThat(report.at("/options/load").asText()).isEqualTo("mapping");
        assertThat(report.at("/acknowledgedWrites/documentsChecked").asLong()).isPositive();
        assertThat(report.at("/finalPhases/movies").asText()).isEqualTo("UNFORKED");
        assertThat(report.at("/requestsPerPhase/UNFORKED/writes").asLong()).as("writes MongoDB alone took are in the ledger check too").isPositive();
        assertThat(RehearsalIT.faultNames(report)).containsExactly("kill -9 mid-copy", "MongoDB stopped and restarted",
                "corrupted documents", "slow candidate");
        assertThat(RehearsalIT.fault(report, "corrupted documents").path("observed").asText())
                .contains("next verification clean");
        assertThat(RehearsalIT.fault(report, "kill -9 mid-copy").path("survived").asBoolean())
                .as(report.path("faults").toString()).isTrue();
        if (env.isEmpty()) {
            assertThat(RehearsalIT.fault(report, "MongoDB stopped and restarted").path("survived").asBoolean())
                    .as(report.path("faults").toString()).isTrue();
        }
    }
}
