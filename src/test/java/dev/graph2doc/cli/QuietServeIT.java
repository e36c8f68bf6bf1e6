package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.testing.ServiceProcess;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A newcomer's first copy: {@code serve --seed} with its embedded stores logs no ERROR and no store chatter. */
class QuietServeIT {

    @Test
    void shouldLogNoErrorAndSayItStoppedWhenTheReadmesFirstCopyRunsOnEmbeddedStores() throws Exception {
        ServiceProcess service = ServiceProcess.serve(Map.of(), Duration.ofSeconds(120),
                List.of("--seed", "--tenants", "2", "--devices", "40"));
        try {
            HttpResponse<String> started = service.startCopy();
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            service.awaitCopyComplete(Duration.ofSeconds(90));
        } finally {
            service.close(); // SIGTERM, as Ctrl-C or kill -TERM
        }

        List<String> lines = service.output().lines().toList();
        assertThat(lines).as("the whole output").noneMatch(l -> l.contains(" ERROR "))
                .noneMatch(l -> l.contains("is not yet implemented"))
                .noneMatch(l -> l.startsWith("\tat "))
                .contains("graph2doc is stopping: HTTP, workers and stores")
                .anyMatch(l -> l.matches("graph2doc stopped in \\d+ ms"));
    }
}
