package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RehearsalOptionsTest {

    @ParameterizedTest
    @CsvSource({"90s, 90", "2m, 120", "1m30s, 90", "1h, 3600", "PT2M, 120", "pt45s, 45"})
    void shouldReadTheDurationWhenWrittenTheUsualWays(String text, long seconds) {
        assertThat(RehearsalOptions.parseDuration(text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource({"soon", "90", "-5s", "2 m", "ms", "''"})
    void shouldRefuseTheDurationWhenItIsNotOne(String text) {
        assertThat(RehearsalOptions.parseDuration(text)).isNull();
    }

    @Test
    void shouldAcceptTheDefaultsWhenTheReportFolderCanBeCreated(@TempDir Path dir) throws Exception {
        Path mapping = Files.writeString(dir.resolve("m.yaml"), "x");

        RehearsalOptions options = RehearsalOptions.of(3, 100, "2m", "ON", dir.resolve("a/b"), 42, 2, 24, mapping);

        assertThat(options.faults()).isTrue();
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(dir.resolve("a")).as("checking creates nothing").doesNotExist();
    }

    @Test
    void shouldNameEachBadValueWhenSeveralAreBad(@TempDir Path dir) throws Exception {
        Path mapping = Files.writeString(dir.resolve("m.yaml"), "x");

        assertThatThrownBy(() -> RehearsalOptions.of(11, 3, "5s", "on", dir, 1, 0, 0, mapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--tenants = 11 must be between 1 and 10; --devices = 3 must be between 4 and 100000; "
                        + "--duration = 5s must be at least 10s; --instances = 0 must be between 1 and 4; "
                        + "--rate = 0.0 must be more than 0 and at most 1000 requests/s per tenant.");
    }
}
