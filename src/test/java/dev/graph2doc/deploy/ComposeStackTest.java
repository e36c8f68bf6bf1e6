package dev.graph2doc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose stack cannot start without a Docker engine, so its wiring is checked here: nothing starts
 * before what it needs is healthy, and Prometheus scrapes what the service serves.
 */
class ComposeStackTest {

    private static final Map<String, Object> COMPOSE = load(Path.of("docker-compose.yml"));

    @Test
    void shouldWaitForHealthyDependenciesWhenStartingAnyService() {
        Map<String, Map<String, Object>> services = services();
        assertThat(services).containsKeys("mongodb", "neo4j", "graph2doc", "prometheus", "grafana");
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            assertThat(dependsOn).as(name + ".depends_on must be a map with conditions").isInstanceOf(Map.class);
            ((Map<?, ?>) dependsOn).forEach((dependency, condition) -> {
                assertThat(((Map<?, ?>) condition).get("condition")).as(name + " -> " + dependency)
                        .isEqualTo("service_healthy");
                assertThat(services.get(dependency.toString())).as(dependency + " must have a healthcheck")
                        .containsKey("healthcheck");
            });
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldStartMongodbAsAReplicaSetAndPointGraph2docAtIt() {
        Map<String, Object> mongodb = services().get("mongodb");
        assertThat((List<Object>) mongodb.get("command")).contains("--replSet", "rs0");
        Map<?, ?> env = (Map<?, ?>) services().get("graph2doc").get("environment");
        assertThat(env.get("MONGODB_URI").toString()).contains("replicaSet=rs0");
        assertThat(env.get("NEO4J_URI").toString()).startsWith("bolt://neo4j:");
        assertThat(env.get("GRAPH2DOC_SECURITY_TOKENS").toString()).as("tokens from the environment")
                .contains("${GRAPH2DOC_OPERATOR_TOKEN:?").contains("{tenant: acme, key: \"${GRAPH2DOC_KEY_ACME:?");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldScrapeTheServicesPrometheusEndpoint() {
        Map<String, Object> prometheus = load(Path.of("config/prometheus/prometheus.yml"));
        Map<?, ?> job = (Map<?, ?>) ((List<?>) prometheus.get("scrape_configs")).get(0);
        assertThat(job.get("metrics_path")).isEqualTo("/prometheus");
        Map<?, ?> targets = (Map<?, ?>) ((List<?>) job.get("static_configs")).get(0);
        assertThat((List<Object>) targets.get("targets")).containsExactly("graph2doc:8080");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) COMPOSE.get("services");
    }

    private static Map<String, Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file.toAbsolutePath(), e);
        }
    }
}
