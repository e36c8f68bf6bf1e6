package dev.graph2doc.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.phase.Phase;
import dev.graph2doc.read.diff.Difference;
import dev.graph2doc.read.diff.Outcome;
import dev.graph2doc.read.shadow.ComparisonResult;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

/** The exported names and labels are the ones the dashboard, the alerts and the read-diff rate query. */
class ReadMetersTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ReadMeters meters = new ReadMeters(registry);

    @Test
    void shouldCountEachMismatchKindAsResultMismatchAndByKindWhenComparing() {
        meters.compared(result(Outcome.FIELD, false));
        meters.compared(result(Outcome.MISSING, false));
        meters.compared(result(Outcome.MATCH, false));
        meters.compared(result(Outcome.STALE, false));
        meters.dropped("acme", "bins");

        String scrape = registry.scrape();
        assertThat(scrape)
                .contains("graph2doc_shadow_comparisons_total{collection=\"bins\",result=\"mismatch\",tenant=\"acme\"} 2.0")
                .contains("graph2doc_shadow_comparisons_total{collection=\"bins\",result=\"match\",tenant=\"acme\"} 1.0")
                .contains("graph2doc_shadow_comparisons_total{collection=\"bins\",result=\"stale\",tenant=\"acme\"} 1.0")
                .contains("graph2doc_shadow_comparisons_total{collection=\"bins\",result=\"dropped\",tenant=\"acme\"} 1.0")
                .contains("graph2doc_shadow_mismatches_total{collection=\"bins\",kind=\"field\",tenant=\"acme\"} 1.0")
                .contains("graph2doc_shadow_mismatches_total{collection=\"bins\",kind=\"missing\",tenant=\"acme\"} 1.0")
                .doesNotContain("kind=\"match\"").doesNotContain("kind=\"stale\"");
    }

    @Test
    void shouldKeepExperimentsOutOfTheReadDiffRateWhenComparingControlWithItself() {
        meters.compared(result(Outcome.FIELD, true));

        assertThat(registry.scrape())
                .contains("graph2doc_shadow_experiment_comparisons_total{collection=\"bins\",result=\"mismatch\",tenant=\"acme\"} 1.0")
                .doesNotContain("graph2doc_shadow_comparisons_total{").doesNotContain("graph2doc_shadow_mismatches_total{");
    }

    @Test
    void shouldCountReadsPerTenantAndStoreAndTimeThemPerStoreWhenServed() {
        meters.recordRead("acme", "mongodb", 2_000_000);
        meters.recordRead("globex", "mongodb", 4_000_000);

        assertThat(registry.scrape())
                .contains("graph2doc_reads_total{store=\"mongodb\",tenant=\"acme\"} 1.0")
                .contains("graph2doc_reads_total{store=\"mongodb\",tenant=\"globex\"} 1.0")
                .contains("graph2doc_read_seconds_count{store=\"mongodb\"} 2")
                .contains("graph2doc_read_seconds_bucket{store=\"mongodb\",le=");
    }

    private static ComparisonResult result(Outcome outcome, boolean experiment) {
        return new ComparisonResult("acme", "bins", "b-1", Phase.COMPARE, "mongodb", "neo4j", Difference.of(outcome),
                null, null, experiment);
    }
}
