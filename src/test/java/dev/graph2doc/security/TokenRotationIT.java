package dev.graph2doc.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.cli.RunningService;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import dev.graph2doc.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An operator rotates the tokens file of a running service: the new token works, the old one stops working. */
@ExtendWith(StoresExtension.class)
class TokenRotationIT {

    private static final String ROTATED = "rotated-operator-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void shouldAcceptTheRotatedTokenWithoutARestartWhenTheTokensFileChanges(TestStores stores, @TempDir Path dir)
            throws Exception {
        Path tokens = Files.copy(TestTokens.file(), dir.resolve("tokens.yaml"));
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, TestTokens.PROPERTY, tokens.toString(),
                "graph2doc.security.reload-interval", "200ms"));
        try (RunningService service = RunningService.start(properties, Optional.empty(), line -> { })) {
            assertThat(status(service.uri(), TestTokens.OPERATOR)).isEqualTo(200);

            Files.writeString(tokens, Files.readString(tokens).replace(TestTokens.OPERATOR, ROTATED));

            Instant deadline = Instant.now().plusSeconds(15);
            while (status(service.uri(), ROTATED) != 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(status(service.uri(), ROTATED)).as("the rotated token").isEqualTo(200);
            assertThat(status(service.uri(), TestTokens.OPERATOR)).as("the old token").isEqualTo(401);
        }
    }

    private static int status(URI base, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve("/migration")).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
