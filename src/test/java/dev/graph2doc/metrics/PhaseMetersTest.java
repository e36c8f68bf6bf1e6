package dev.graph2doc.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseChange;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class PhaseMetersTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Phase> applied = new ConcurrentHashMap<>();
    private final PhaseMeters meters = new PhaseMeters(t -> applied.getOrDefault(t, Phase.GRAPH_ONLY),
            () -> List.of("acme", "globex"), registry, Duration.ofSeconds(5));

    @Test
    void shouldShowOneForTheAppliedPhaseAndZeroForTheOthersWhenScraped() {
        meters.refresh();
        applied.put("acme", Phase.SWAP_READS);

        String scrape = registry.scrape();
        assertThat(scrape).contains("graph2doc_phase{phase=\"SWAP_READS\",tenant=\"acme\"} 1.0")
                .contains("graph2doc_phase{phase=\"GRAPH_ONLY\",tenant=\"acme\"} 0.0")
                .contains("graph2doc_phase{phase=\"GRAPH_ONLY\",tenant=\"globex\"} 1.0")
                .contains("graph2doc_phase{phase=\"UNFORKED\",tenant=\"globex\"} 0.0");
        assertThat(scrape.lines().filter(l -> l.startsWith("graph2doc_phase{") && l.endsWith(" 1.0"))).hasSize(2);
    }

    @Test
    void shouldCountTransitionsAndTrackTheTenantWhenAPhaseChanges() {
        applied.put("initech", Phase.FORK_WRITES);
        meters.changed(change("initech", Phase.SWAP_READS, Phase.FORK_WRITES, true));
        meters.changed(change("initech", Phase.COPY, Phase.FORK_WRITES, false));

        assertThat(registry.scrape())
                .contains("graph2doc_phase_transitions_total{automatic=\"true\",from=\"SWAP_READS\",tenant=\"initech\",to=\"FORK_WRITES\"} 1.0")
                .contains("graph2doc_phase_transitions_total{automatic=\"false\",from=\"COPY\",tenant=\"initech\",to=\"FORK_WRITES\"} 1.0")
                .contains("graph2doc_phase{phase=\"FORK_WRITES\",tenant=\"initech\"} 1.0");
    }

    private static PhaseChange change(String tenant, Phase from, Phase to, boolean automatic) {
        return new PhaseChange(tenant, 2, from, to, automatic ? "graph2doc" : "ops", Instant.EPOCH, "test", false, automatic);
    }
}
