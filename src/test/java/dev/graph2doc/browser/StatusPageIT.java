package dev.graph2doc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The status page in a real browser: the service runs with three tenants in three phases, headless Chromium opens
 * {@code GET /}, and the tenants and phases it renders are those {@code GET /migration} answers. The screenshot is
 * kept in {@code target/browser/status-page.png}.
 */
@ExtendWith(StoresExtension.class)
class StatusPageIT {

    static final Path SCREENSHOT = Path.of("target", "browser", "status-page.png");

    @Test
    void shouldShowEveryTenantInThePhaseGetMigrationAnswersWhenOpenedInChromium(TestStores stores) throws Exception {
        Chromium chromium = Chromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null,
                "chromium is not installed (Debian: apt-get install chromium; .ci/run installs it): browser test skipped");
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(3, 6, 1, 7L), m -> { });
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, "graph2doc.copy.poll-interval", "50ms"));
        try (RunningService service = RunningService.start(properties, Optional.empty(), line -> { })) {
            ServiceClient client = new ServiceClient(service.uri());
            client.moveTo(List.of("acme"), "SWAP_READS");
            client.moveTo(List.of("globex"), "COPY");
            Map<String, String> expected = phases(client); // initech: the default phase, GRAPH_ONLY
            String page = service.uri().resolve("/") + "#token=" + dev.graph2doc.testing.TestTokens.OPERATOR;

            RenderedPage rendered = new RenderedPage(chromium.dumpDom(page, 8000));
            chromium.screenshot(page, 8000, SCREENSHOT);

            assertThat(rendered.state()).as(rendered.dom()).isEqualTo("loaded");
            assertThat(new TreeMap<>(rendered.phases())).as("tenant rows and phases").isEqualTo(expected)
                    .containsEntry("acme", "SWAP_READS").containsEntry("globex", "COPY");
            assertThat(new TreeMap<>(rendered.currentSteps())).as("the step indicator").isEqualTo(expected);
            assertThat(rendered.copyRows("acme")).as("acme's copy bars").containsExactlyInAnyOrder(
                    "bins", "customers", "devices", "readings", "sites");
            assertThat(rendered.loginShown()).isFalse();
        }
    }

    /** Every tenant of {@code GET /migration} with its phase; tenants absent there are in the default phase. */
    private static Map<String, String> phases(ServiceClient client) throws Exception {
        HttpResponse<String> answer = client.get("/migration");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode migration = ServiceClient.JSON.readTree(answer.body());
        Map<String, String> phases = new TreeMap<>();
        migration.get("tenants").forEach(t -> phases.put(t.get("tenant").asText(), t.get("phase").asText()));
        return phases;
    }
}
