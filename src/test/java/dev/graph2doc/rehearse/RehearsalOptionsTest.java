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

    private static final GraphSource FLEET = new GraphSource(Path.of("migrations/fleet.yaml"), null, false);
    private static final GraphSource MOVIES = new GraphSource(Path.of("migrations/movies.yaml"),
            Path.of("migrations/movies.cypher"), true);

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
        RehearsalOptions options = RehearsalOptions.of(null, 100, "2m", "ON", null, dir.resolve("a/b"), 42, 2, 24, FLEET);

        assertThat(options.faults()).isTrue();
        assertThat(options.tenants()).isEqualTo(GraphSource.DEFAULT_TENANTS);
        assertThat(options.graph().mappedLoad()).as("the fleet's own clients").isFalse();
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(dir.resolve("a")).as("checking creates nothing").doesNotExist();
    }

    @Test
    void shouldNameEachBadValueWhenSeveralAreBad(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> RehearsalOptions.of(11, 3, "5s", "on", null, dir, 1, 0, 0, FLEET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--tenants = 11 must be between 1 and 10; --devices = 3 must be between 4 and 100000; "
                        + "--duration = 5s must be at least 10s; --instances = 0 must be between 1 and 4; "
                        + "--rate = 0.0 must be more than 0 and at most 1000 requests/s per tenant.");
    }

    @Test
    void shouldDrawTheChaosFromSeedOneWhenChaosIsAskedWithoutASeed(@TempDir Path dir) {
        RehearsalOptions options = RehearsalOptions.of(null, 100, "10m", "Chaos", null, dir, 42, 2, 24, FLEET);

        assertThat(options.chaos()).isTrue();
        assertThat(options.faults()).as("the fixed faults are not injected with chaos").isFalse();
        assertThat(options.chaosSeed()).isEqualTo(1L);
    }

    @Test
    void shouldKeepTheChaosSeedWhenChaosIsAskedWithOne(@TempDir Path dir) {
        assertThat(RehearsalOptions.of(null, 100, "3m", "chaos", 7L, dir, 42, 2, 24, FLEET).chaosSeed()).isEqualTo(7L);
    }

    @Test
    void shouldRefuseAChaosSeedWhenTheFaultsAreNotChaos(@TempDir Path dir) {
        assertThatThrownBy(() -> RehearsalOptions.of(null, 100, "2m", "on", 7L, dir, 42, 2, 24, FLEET))
                .hasMessage("--chaos-seed = 7 is only used with --faults chaos.");
    }

    @Test
    void shouldNameTheModesWhenTheFaultsAreNoneOfThem(@TempDir Path dir) {
        assertThatThrownBy(() -> RehearsalOptions.of(null, 100, "2m", "sometimes", null, dir, 42, 2, 24, FLEET))
                .hasMessage("--faults = 'sometimes' must be on, off or chaos.");
    }

    @Test
    void shouldAskForAMinuteWhenChaosIsGivenLessTime(@TempDir Path dir) {
        assertThatThrownBy(() -> RehearsalOptions.of(null, 100, "30s", "chaos", 3L, dir, 42, 2, 24, FLEET))
                .hasMessage("--duration = 30s is too short for --faults chaos: give at least 60s.");
    }

    @Test
    void shouldRehearseOneTenantWithTheMappingDrivenLoadWhenTheMappingIsSingleTenant(@TempDir Path dir) {
        RehearsalOptions options = RehearsalOptions.of(null, 100, "2m", "on", null, dir, 42, 2, 24, MOVIES);

        assertThat(options.tenants()).isEqualTo(1);
        assertThat(options.graph().mappedLoad()).isTrue();
    }

    @Test
    void shouldRefuseSeveralTenantsWhenTheMappingIsSingleTenant(@TempDir Path dir) {
        assertThatThrownBy(() -> RehearsalOptions.of(3, 100, "2m", "on", null, dir, 42, 2, 24, MOVIES))
                .hasMessage("--tenants = 3: migrations/movies.yaml maps a single-tenant graph (tenant: { fixed: movies }), "
                        + "rehearse it with --tenants 1.");
    }

    @Test
    void shouldAskForTheDatasetWhenASingleTenantMappingComesWithout(@TempDir Path dir) {
        GraphSource noDataset = new GraphSource(Path.of("migrations/movies.yaml"), null, true);

        assertThatThrownBy(() -> RehearsalOptions.of(null, 100, "2m", "on", null, dir, 42, 2, 24, noDataset))
                .hasMessageContaining("--mapping = 'migrations/movies.yaml' maps a single-tenant graph")
                .hasMessageContaining("give its --dataset");
    }

    @Test
    void shouldNameTheFirstProblemWhenTheMappingIsNotValid(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "tenant: { fixed: x }\ncollections: 3\n");
        GraphSource graph = new GraphSource(broken, Path.of("migrations/movies.cypher"), true);

        assertThatThrownBy(() -> RehearsalOptions.of(null, 100, "2m", "on", null, dir, 42, 2, 24, graph))
                .hasMessageStartingWith("--mapping = '" + broken + "' is not a valid mapping (")
                .hasMessageContaining("first: " + broken);
    }
}
