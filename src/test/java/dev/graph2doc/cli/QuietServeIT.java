package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.testing.ServiceProcess;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A newcomer's first copy: {@code serve --seed} with its embedded stores logs no ERROR and no store chatter. */
class QuietServeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldLogNoErrorAndSayItStoppedWhenTheReadmesFirstCopyRunsOnEmbeddedStores() throws Exception {
        ServiceProcess service = ServiceProcess.serve(Map.of(), Duration.ofSeconds(120),
                List.of("--seed", "--tenants", "2", "--devices", "40"));
        try {
            String token = operatorToken(service.output());
            HttpResponse<String> started = send(HttpRequest.newBuilder(service.uri("/migration/copy"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"), token);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            awaitComplete(service, token);
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

    private static void awaitComplete(ServiceProcess service, String token) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            JsonNode copy = JSON.readTree(send(HttpRequest.newBuilder(service.uri("/migration/copy")).GET(), token).body());
            if (copy.path("collections").size() > 0 && copy.path("collections").findValuesAsText("state").stream()
                    .allMatch("COMPLETE"::equals)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the copy did not complete within 90 s:\n" + service.output());
    }

    private static String operatorToken(String output) {
        Matcher m = Pattern.compile("operator token: (\\S+)").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
