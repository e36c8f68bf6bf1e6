package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a fault's outcome reaches the verdict, the exit code, the summary, report.md and report.json. */
class RehearsalReportTest {

    private static final FaultRecord NOT_INJECTED = FaultRecord.notInjected(CorruptionInjection.NAME, "movies", "SWAP_READS",
            50.0, CorruptionTarget.NONE);
    private static final FaultRecord NOT_SURVIVED = FaultRecord.injected("MongoDB stopped and restarted", "movies",
            "FORK_WRITES", 40.0, 9.0, "mongo-java-server stopped", "repair backlog drained to 3", false, "backlog left");

    @Test
    void shouldPassWithExitZeroAndSayNotInjectedWhenTheCorruptionFaultHadNoFieldToCorrupt() throws Exception {
        RehearsalReport report = report(List.of(NOT_INJECTED));

        assertThat(report.exitCode()).isZero();
        assertThat(report.verdict()).startsWith("PASSED: ");
        assertThat(report.summary()).contains("fault 'corrupted documents' not injected: no corruptible field in the mapping "
                + "(a non-key scalar field held by at least 10 sampled documents of one collection) (no failure of graph2doc)");
        assertThat(String.join("\n", report.summary())).doesNotContain("survived");
        assertThat(new MarkdownReport(report).render())
                .contains("| corrupted documents | movies | SWAP_READS | 50.0 s | 0.0 s | not injected: no corruptible field in the mapping")
                .doesNotContain("NOT survived").doesNotContain("issue 6");
        JsonNode json = json(report).path("faults").get(0);
        assertThat(json.path("outcome").asText()).isEqualTo("not injected");
        assertThat(json.path("survived").asBoolean()).isFalse();
        assertThat(json.path("observed").asText()).startsWith("not injected: no corruptible field in the mapping");
    }

    @Test
    void shouldSayNotSurvivedWithTheNoteAndKeepTheExitCodeWhenAnInjectedFaultWasNotSurvived() throws Exception {
        RehearsalReport report = report(List.of(NOT_SURVIVED));

        assertThat(report.exitCode()).as("faults are reported, not part of the exit code").isZero();
        assertThat(report.summary()).contains("fault 'MongoDB stopped and restarted' NOT survived unaided: repair backlog "
                + "drained to 3 (backlog left)");
        assertThat(new MarkdownReport(report).render()).contains("| NOT survived unaided — backlog left | mongo-java-server stopped |");
        assertThat(json(report).path("faults").get(0).path("outcome").asText()).isEqualTo("NOT survived unaided");
    }

    @Test
    void shouldSaySurvivedUnaidedAndNothingInTheSummaryWhenAFaultWasSurvived() throws Exception {
        FaultRecord survived = FaultRecord.injected("slow candidate", "movies", "COMPARE", 60.0, 8.0, "proxy", "timeouts 3",
                true, "");
        RehearsalReport report = report(List.of(survived));

        assertThat(report.summary()).singleElement().asString().startsWith("PASSED: ");
        assertThat(new MarkdownReport(report).render()).contains("| survived unaided | proxy | timeouts 3 |");
        assertThat(json(report).path("faults").get(0).path("survived").asBoolean()).isTrue();
    }

    private static RehearsalReport report(List<FaultRecord> faults) {
        RehearsalOptions options = new RehearsalOptions(1, 24, Duration.ofSeconds(20), FaultMode.ON, null, Path.of("target", "x"), 42, 2,
                24, new GraphSource(Path.of("migrations/movies.yaml"), Path.of("migrations/movies.cypher"), true));
        return new RehearsalReport(options, List.of(), "stores: embedded", "dataset movies.cypher", List.of("movies"),
                Map.of("movies", "UNFORKED"), Map.of(), Map.of(), new RequestStats(), Map.of(), faults,
                new LedgerCheck.Result(12, 30, 0, List.of()),
                List.of(new VerificationOutcome("movies", "v1", "DONE", 171, 171, 0, 0, 0, 0, 0)), List.of(), List.of(), 0, null,
                Map.of());
    }

    private static JsonNode json(RehearsalReport report) throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        return mapper.readTree(mapper.writeValueAsString(ReportWriter.tree(report)));
    }
}
