package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.CommandRun;
import dev.graph2doc.testing.ServiceProcess;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import dev.graph2doc.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call a started service: generated tokens on embedded stores, refusal or insecure-dev on real ones. */
@ExtendWith(StoresExtension.class)
class ServeTokensIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern PRINTED = Pattern.compile("(operator token|tenant key [a-z]+): ([A-Za-z0-9_-]{43})");

    @Test
    void shouldPrintOneOperatorTokenAndOneKeyPerTenantOnceWhenEmbeddedStoresHaveNoTokens() throws Exception {
        List<String> out = new ArrayList<>();
        try (RunningService service = RunningService.start(Map.of("micronaut.server.port", 0),
                Optional.of(new FleetSpec(2, 5, 1, 1L)), out::add)) {
            Map<String, String> tokens = new HashMap<>();
            out.stream().map(PRINTED::matcher).filter(Matcher::matches).forEach(m -> tokens.put(m.group(1), m.group(2)));

            assertThat(tokens.keySet()).containsExactlyInAnyOrder("operator token", "tenant key acme", "tenant key globex");
            assertThat(out.stream().filter(l -> l.startsWith("operator token: ") || l.startsWith("tenant key ")))
                    .as("each printed once, one per line").hasSize(3);
            assertThat(get(service.uri(), "/migration", tokens.get("operator token")).statusCode()).isEqualTo(200);
            assertThat(get(service.uri(), "/v1/tenants/acme/collections/bins", tokens.get("tenant key acme")).statusCode())
                    .isEqualTo(200);
            assertThat(get(service.uri(), "/v1/tenants/globex/collections/bins", tokens.get("tenant key acme")).statusCode())
                    .isEqualTo(403);
            assertThat(get(service.uri(), "/migration", null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void shouldRefuseToStartInOneSentenceWhenRealStoresHaveNoTokens(TestStores stores) throws Exception {
        stores.clear();
        Map<String, String> env = new HashMap<>(stores.environment());
        env.remove(TestTokens.VARIABLE);

        CommandRun run = CommandRun.run(env, Duration.ofSeconds(60), "serve", "--port", "0");

        String all = run.stdout() + run.stderr();
        assertThat(run.exitCode()).as(all).isEqualTo(1);
        assertThat(run.errorLines()).as(all).singleElement().asString()
                .isEqualTo("graph2doc: graph2doc will not serve real stores without tokens: set "
                        + "graph2doc.security.tokens-file (GRAPH2DOC_SECURITY_TOKENS_FILE) to a tokens file or "
                        + "graph2doc.security.tokens (GRAPH2DOC_SECURITY_TOKENS) to its YAML (see docs/security.md), or "
                        + "pass --insecure-dev on a development machine.");
        assertThat(run.hasStackTrace()).isFalse();
        assertThat(run.stdout()).doesNotContain("is serving on");
    }

    @Test
    void shouldAcceptTokensGivenAsYamlInAnEnvironmentVariableWhenRunLikeTheComposeStack(TestStores stores) throws Exception {
        stores.clear();
        Map<String, String> env = new HashMap<>(stores.environment());
        env.remove(TestTokens.VARIABLE);
        env.put("GRAPH2DOC_SECURITY_TOKENS", """
                operators:
                  - {name: compose-ops, token: "compose-operator-token-0123"}
                tenants:
                  - {tenant: acme, key: "compose-acme-key-0123456789"}
                  - {tenant: globex, key: "compose-globex-key-0123456"}
                """);
        try (ServiceProcess service = ServiceProcess.serve(env, Duration.ofSeconds(90))) {
            assertThat(service.output()).contains("security: 1 operator token(s), 2 tenant key(s) from graph2doc.security.tokens");
            assertThat(get(service.uri("/"), "/migration", "compose-operator-token-0123").statusCode()).isEqualTo(200);
            assertThat(get(service.uri("/"), "/v1/tenants/globex/collections/bins", "compose-globex-key-0123456").statusCode())
                    .isEqualTo(200);
            assertThat(get(service.uri("/"), "/migration", null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void shouldOpenEveryEndpointWarnAndAuditAnonymousWhenInsecureDevIsSetOnRealStoresWithoutTokens(TestStores stores) throws Exception {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 2, 1, 1L), m -> { });
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.remove(TestTokens.PROPERTY);
        properties.putAll(Map.of("micronaut.server.port", 0, "graph2doc.security.insecure-dev", true));
        List<String> out = new ArrayList<>();
        try (RunningService service = RunningService.start(properties, Optional.empty(), out::add)) {
            assertThat(out).anySatisfy(l -> assertThat(l).startsWith("WARNING: graph2doc.security.insecure-dev"));
            assertThat(get(service.uri(), "/migration", null).statusCode()).isEqualTo(200);
            assertThat(get(service.uri(), "/v1/tenants/acme/collections/bins", null).statusCode()).isEqualTo(200);
            HttpResponse<String> moved = HTTP.send(HttpRequest.newBuilder(service.uri().resolve("/migration/transitions"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"to\":\"COPY\",\"tenants\":[\"acme\"],\"reason\":\"dev\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            assertThat(get(service.uri(), "/migration/history?tenant=acme", null).body()).contains("\"who\":\"anonymous\"");
        }
    }

    @Test
    void shouldAskForAnOperatorTokenOnPrometheusWhenMetricsAreProtected(TestStores stores) throws Exception {
        stores.clear();
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, "graph2doc.security.protect-metrics", true));
        try (RunningService service = RunningService.start(properties, Optional.empty(), line -> { })) {
            assertThat(get(service.uri(), "/prometheus", null).statusCode()).isEqualTo(401);
            assertThat(get(service.uri(), "/prometheus", TestTokens.key("acme")).statusCode()).isEqualTo(403);
            assertThat(get(service.uri(), "/prometheus", TestTokens.OPERATOR).statusCode()).isEqualTo(200);
            assertThat(get(service.uri(), "/health", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldRefuseToStartNamingTheFileWhenTheTokensFileIsBad(TestStores stores) throws Exception {
        Path file = Files.createTempFile("bad-tokens", ".yaml");
        Files.writeString(file, "operators: [{name: ops, token: too-short}]\n");
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, TestTokens.PROPERTY, file.toString()));

        assertThatThrownBy(() -> RunningService.start(properties, Optional.empty(), line -> { }))
                .satisfies(e -> assertThat(StartupFailures.explain(e)).isEqualTo(
                        "graph2doc.security.tokens-file (GRAPH2DOC_SECURITY_TOKENS_FILE) = " + file + " cannot be used: "
                                + "operators[0].token is shorter than 16 characters: use a random one, e.g. 'openssl rand -base64 32'"));
    }

    private static HttpResponse<String> get(URI base, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
