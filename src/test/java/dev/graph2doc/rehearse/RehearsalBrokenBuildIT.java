package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rehearsal must catch a graph2doc that loses writes: a deliberately broken build (once unforked, deletions are
 * acknowledged but never written to MongoDB: {@code graph2doc.faults.skip-mongodb-write-of=deleteNode}, inherited
 * by the instances from the environment) makes it exit 1, and the report names the documents it lost.
 */
@Tag("rehearsal")
class RehearsalBrokenBuildIT {

    private static final Path REPORT = Path.of("target", "rehearsal-broken-it");

    @Test
    void shouldExitOneNamingTheLostDocumentsWhenUnforkedDeletesAreNotWritten() throws Exception {
        Files.createDirectories(REPORT);
        Path output = REPORT.resolve("rehearse-output.txt");

        int exit = RehearsalIT.rehearse(Map.of("GRAPH2DOC_FAULTS_SKIP_MONGODB_WRITE_OF", "deleteNode"), output,
                "--tenants", "1", "--devices", "24", "--duration", "35s", "--faults", "off", "--report", REPORT.toString());

        String printed = Files.readString(output);
        assertThat(exit).as(printed).isEqualTo(1);
        assertThat(printed).contains("FAILED: ").contains("acknowledged document(s) are missing or wrong in MongoDB (first: acme/readings/")
                .contains("deleted (acknowledged) but still in MongoDB");
        JsonNode report = new ObjectMapper().readTree(REPORT.resolve("report.json").toFile());
        assertThat(report.at("/result/exitCode").asInt()).isEqualTo(1);
        assertThat(report.at("/result/failedRequests").asLong()).as("the broken build still answers 2xx").isZero();
        assertThat(report.at("/result/missingAcknowledgedWrites").asLong()).isPositive();
        assertThat(report.at("/acknowledgedWrites/examples/0").asText()).contains("deleted (acknowledged) but still in MongoDB");
        assertThat(Files.readString(REPORT.resolve("report.md"))).contains("deleted (acknowledged) but still in MongoDB");
    }
}
