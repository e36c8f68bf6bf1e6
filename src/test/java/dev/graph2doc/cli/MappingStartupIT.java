package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.testing.CommandRun;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses to start on a mapping it cannot use, lists every problem, and writes nothing. */
@ExtendWith(StoresExtension.class)
class MappingStartupIT {

    private static final Duration BOUND = Duration.ofSeconds(40);

    private TestStores stores;

    @BeforeEach
    void empty(TestStores stores) {
        this.stores = stores;
        stores.clear();
    }

    @Test
    void shouldRefuseToStartAndSayWhereWhenTheMappingIsNotYaml(@TempDir Path dir) throws Exception {
        Path file = write(dir, "broken.yaml", "tenant: { property: customerId\ncollections: [\n");

        CommandRun run = serveWith(file);

        assertRefused(run);
        assertThat(run.stderr()).contains(file + ":2: not valid YAML");
    }

    @Test
    void shouldRefuseToStartAndNameThePathWhenTheMappingFileIsMissing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nowhere.yaml");

        CommandRun run = serveWith(file);

        assertRefused(run);
        assertThat(run.stderr()).contains("mapping file not found").contains(file.toString());
    }

    @Test
    void shouldListEveryProblemWithItsLineWhenTheMappingHasSeveral(@TempDir Path dir) throws Exception {
        String fleet = Files.readString(Path.of("migrations/fleet.yaml"));
        Path file = write(dir, "fleet.yaml", fleet.replace("    embed:\n      - { field: customer", "    embeds:\n      - { field: customer")
                .replace("target: Device, as: array", "target: Devise, as: array"));

        CommandRun run = serveWith(file);

        assertRefused(run);
        assertThat(run.stderr()).contains("2 problem(s) in the mapping")
                .contains("unknown key 'embeds'").contains("did you mean 'embed'?")
                .contains("'Devise'").contains("did you mean 'Device'?");
    }

    private void assertRefused(CommandRun run) {
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(1);
        assertThat(run.hasStackTrace()).as(run.stdout() + run.stderr()).isFalse();
        assertThat(run.errorLines().get(0)).startsWith("graph2doc: ");
        List<String> databases = stores.mongo().listDatabaseNames().into(new ArrayList<>());
        assertThat(databases).as("nothing written to MongoDB").allMatch(d -> List.of("admin", "config", "local").contains(d));
    }

    private CommandRun serveWith(Path mapping) throws IOException, InterruptedException {
        Map<String, String> env = new java.util.HashMap<>(stores.environment());
        env.putAll(Map.of("GRAPH2DOC_MAPPING", mapping.toString(), "MICRONAUT_SERVER_PORT", "0"));
        return CommandRun.run(env, BOUND, "serve");
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
