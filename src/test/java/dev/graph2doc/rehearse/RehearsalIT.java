package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.cli.Graph2doc;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The project's main job, end to end: {@code graph2doc rehearse} as an operator runs it — one tenant, faults on — must
 * exit 0 (no failed request, every acknowledged write in MongoDB, clean final verification) and leave its report.
 * On embedded stores the rehearsal hosts its own (so it can stop MongoDB); on containers it is pointed at them.
 */
@Tag("rehearsal")
@ExtendWith(StoresExtension.class)
class RehearsalIT {

    private static final Path REPORT = Path.of("target", "rehearsal-it");

    @Test
    void shouldWalkToUnforkedThroughEveryFaultWithNoFailedRequestAndNoLostWriteWhenRehearsingOneTenant(TestStores stores)
            throws Exception {
        Map<String, String> env = Map.of();
        if (stores.kind().equals("containers")) {
            stores.clear();
            env = stores.environment();
        }

        Files.createDirectories(REPORT);
        Path output = REPORT.resolve("rehearse-output.txt");
        int exit = rehearse(env, output, "--tenants", "1", "--devices", "24", "--duration", "20s", "--faults", "on",
                "--report", REPORT.toString());

        assertThat(exit).as(Files.readString(output)).isZero();
        assertThat(Files.readString(output)).contains("PASSED: ").contains("report: ")
                .contains("finishing: draining backlog").contains("finishing: report written; stopping");
        assertThat(Files.readString(output).strip()).as("the verdict comes last, once everything stopped")
                .endsWith("(also report.json, timeline.png)");
        assertThat(REPORT.resolve("report.md")).isNotEmptyFile();
        assertThat(REPORT.resolve("timeline.png")).isNotEmptyFile();
        assertThat(Files.readAllBytes(REPORT.resolve("timeline.png"))).startsWith(0x89, 'P', 'N', 'G');
        JsonNode report = new ObjectMapper().readTree(REPORT.resolve("report.json").toFile());
        assertThat(report.at("/result/failedRequests").asLong()).isZero();
        assertThat(report.at("/result/missingAcknowledgedWrites").asLong()).isZero();
        assertThat(report.at("/result/finalVerificationsClean").asBoolean()).isTrue();
        assertThat(report.at("/acknowledgedWrites/documentsChecked").asLong()).isPositive();
        assertThat(report.at("/finalPhases/acme").asText()).isEqualTo("UNFORKED");
        assertThat(faultNames(report)).containsExactly("kill -9 mid-copy", "MongoDB stopped and restarted",
                "corrupted documents", "slow candidate");
        assertThat(fault(report, "kill -9 mid-copy").path("survived").asBoolean()).as(report.path("faults").toString()).isTrue();
        assertThat(fault(report, "slow candidate").path("survived").asBoolean()).as(report.path("faults").toString()).isTrue();
        assertThat(fault(report, "corrupted documents").path("observed").asText()).contains("next verification clean");
        if (env.isEmpty()) {
            assertThat(fault(report, "MongoDB stopped and restarted").path("survived").asBoolean())
                    .as(report.path("faults").toString()).isTrue();
        }
    }

    /** Runs the command as its own process, output to a file (it prints a lot: a pipe nobody reads would block it). */
    static int rehearse(Map<String, String> env, Path output, String... options) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Graph2doc.class.getName(), "rehearse"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroy(); // SIGTERM: its shutdown hook stops the graph2doc instances it started
            process.waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("rehearse did not finish within 5 minutes:\n" + Files.readString(output));
        }
        return process.exitValue();
    }

    static List<String> faultNames(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.path("faults").forEach(f -> names.add(f.path("name").asText()));
        return names;
    }

    static JsonNode fault(JsonNode report, String name) {
        for (JsonNode f : report.path("faults")) {
            if (f.path("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no fault " + name + " in " + report.path("faults"));
    }
}
