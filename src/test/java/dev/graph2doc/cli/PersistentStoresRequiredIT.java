package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.testing.CommandRun;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Commands that need stores outliving them refuse in-memory embedded ones before starting anything. */
class PersistentStoresRequiredIT {

    @ParameterizedTest
    @CsvSource({"seed, seed would write into in-memory embedded stores", "risk, risk would look at new in-memory embedded stores"})
    void shouldRefuseBeforeStartingAnythingWhenNoStoreIsConfigured(String command, String message) throws Exception {
        CommandRun run = CommandRun.run(Map.of(), Duration.ofSeconds(40), command);

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().startsWith("graph2doc: " + message);
        assertThat(run.stdout()).as("no store was started").doesNotContain("stores:");
        assertThat(run.hasStackTrace()).isFalse();
    }
}
