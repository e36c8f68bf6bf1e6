package dev.graph2doc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The dashboard and the alert rules hold what issue 8 asks for. That their PromQL queries only exported metrics is
 * checked against a live scrape in {@code ObservabilityIT}.
 */
class DashboardConfigTest {

    private static final Path DASHBOARD = Path.of("config/grafana/dashboards/graph2doc.json");
    private static final Path ALERTS = Path.of("config/prometheus/alerts.yml");

    @Test
    void shouldFindMetricNamesButNotFunctionsLabelsRangesOrVariablesWhenScanningPromQl() {
        assertThat(PromQlNames.of("sum by (tenant) (rate(a_total{result=\"mismatch\",x=~\"$tenant\"}[5m]))"
                + " / on (tenant) group_left sum without (le) (rate(b_total[$__rate_interval] offset 1h)) > 1e-3"))
                .containsExactly("a_total", "b_total");
        assertThat(PromQlNames.of("histogram_quantile(0.95, sum(rate(c_seconds_bucket[5m])) by (le, store))"))
                .containsExactly("c_seconds_bucket");
        assertThat(PromQlNames.of("label_values(graph2doc_phase, tenant)")).containsExactly("graph2doc_phase");
        assertThat(PromQlNames.of("x > 0 unless on (tenant, collection) y and bool z")).containsExactly("x", "y", "z");
    }

    @Test
    void shouldHaveAPanelForEveryViewTheIssueNamesWhenProvisioned() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        String uid = datasourceUid();
        List<String> titles = new ArrayList<>();
        dashboard.get("panels").forEach(p -> titles.add(p.get("title").asText()));

        assertThat(titles).contains("Phase per tenant", "Copy progress", "Copy rate", "Write latency per store (p50, p95)",
                "Read latency per store (p50, p95)", "Repair backlog", "Read-diff rate (gate threshold drawn)",
                "Mismatches by kind", "MongoDB write breaker");
        assertThat(panel(dashboard, "Phase per tenant").get("type").asText()).isEqualTo("state-timeline");
        dashboard.get("panels").forEach(p -> assertThat(p.at("/datasource/uid").asText()).as(p.get("title").asText())
                .isEqualTo(uid));
    }

    @Test
    void shouldDrawTheGateThresholdTheDiffAlertUsesWhenShowingTheReadDiffRate() throws IOException {
        JsonNode diff = panel(new ObjectMapper().readTree(DASHBOARD.toFile()), "Read-diff rate (gate threshold drawn)");
        JsonNode steps = diff.at("/fieldConfig/defaults/thresholds/steps");
        double drawn = steps.get(steps.size() - 1).get("value").asDouble();

        assertThat(diff.at("/fieldConfig/defaults/custom/thresholdsStyle/mode").asText()).isEqualTo("line");
        assertThat(drawn).as("graph2doc.phase.gates.max-mismatch-ratio default").isEqualTo(0.001);
        assertThat(rule("Graph2docReadDiffRateHigh").get("expr").toString().strip()).endsWith("> 0.001");
    }

    @Test
    void shouldGiveEveryAlertARunbookLineInTheObservabilityPage() throws IOException {
        String readme = Files.readString(Path.of("docs/observability.md"));
        List<Map<String, Object>> rules = rules();

        assertThat(rules).extracting(r -> r.get("alert")).containsExactlyInAnyOrder("Graph2docReadDiffRateHigh",
                "Graph2docRepairBacklogOld", "Graph2docMongoWriteBreakerOpen", "Graph2docCopyStalled");
        for (Map<String, Object> rule : rules) {
            assertThat(((Map<?, ?>) rule.get("annotations")).get("runbook")).isEqualTo("docs/observability.md#alerts-and-runbook");
            assertThat(readme).as("runbook line").containsPattern("\\n- \\*\\*`" + rule.get("alert") + "`\\*\\*");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldMountTheAlertsAndTheDashboardWhereTheStackLooksForThem() throws IOException {
        Map<String, Object> compose = yaml(Path.of("docker-compose.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Map<String, Object> prometheus = yaml(Path.of("config/prometheus/prometheus.yml"));
        Map<String, Object> provider = ((List<Map<String, Object>>) yaml(
                Path.of("config/grafana/provisioning/dashboards/graph2doc.yml")).get("providers")).get(0);

        assertThat((List<String>) prometheus.get("rule_files")).containsExactly("/etc/prometheus/alerts.yml");
        assertThat((List<String>) services.get("prometheus").get("volumes"))
                .contains("./config/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");
        String dashboards = ((Map<?, ?>) provider.get("options")).get("path").toString();
        assertThat((List<String>) services.get("grafana").get("volumes"))
                .contains("./config/grafana/dashboards:" + dashboards + ":ro");
    }

    private static JsonNode panel(JsonNode dashboard, String title) {
        for (JsonNode p : dashboard.get("panels")) {
            if (p.get("title").asText().equals(title)) {
                return p;
            }
        }
        throw new AssertionError("no panel '" + title + "'");
    }

    @SuppressWarnings("unchecked")
    private static String datasourceUid() throws IOException {
        Map<String, Object> ds = yaml(Path.of("config/grafana/provisioning/datasources/prometheus.yml"));
        return ((List<Map<String, Object>>) ds.get("datasources")).get(0).get("uid").toString();
    }

    private static Map<String, Object> rule(String alert) throws IOException {
        return rules().stream().filter(r -> alert.equals(r.get("alert"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules() throws IOException {
        List<Map<String, Object>> groups = (List<Map<String, Object>>) yaml(ALERTS).get("groups");
        return (List<Map<String, Object>>) groups.get(0).get("rules");
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }
}
