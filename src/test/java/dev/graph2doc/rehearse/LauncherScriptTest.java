package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherScriptTest {

    @Test
    void shouldSayWhatItBuildsHowAndHowLongWhenTheLauncherBuilds() throws Exception {
        String script = Files.readString(Path.of("graph2doc"));

        assertThat(script).contains("building target/graph2doc.jar with Maven (first run, or the sources changed; about 30 s)")
                .contains("graph2doc: built in $((SECONDS - built_from)) s");
    }
}
