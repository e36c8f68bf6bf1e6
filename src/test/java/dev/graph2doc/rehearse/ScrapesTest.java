package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScrapesTest {

    private static String scrape(double match, double field, double timeout, long backlog) {
        return "# HELP graph2doc_shadow_comparisons_total x\n"
                + "graph2doc_shadow_comparisons_total{collection=\"bins\",result=\"match\",tenant=\"acme\"} " + match + "\n"
                + "graph2doc_shadow_comparisons_total{collection=\"bins\",result=\"mismatch\",tenant=\"acme\"} " + field + "\n"
                + "graph2doc_shadow_mismatches_total{collection=\"bins\",kind=\"field\",tenant=\"acme\"} " + field + "\n"
                + "graph2doc_shadow_comparisons_total{collection=\"bins\",result=\"timeout\",tenant=\"acme\"} " + timeout + "\n"
                + "graph2doc_shadow_comparisons_total{collection=\"bins\",result=\"dropped\",tenant=\"acme\"} 5.0\n"
                + "graph2doc_shadow_experiment_comparisons_total{collection=\"bins\",result=\"mismatch\",tenant=\"acme\"} 99.0\n"
                + "graph2doc_repair_backlog_documents{tenant=\"acme\"} " + backlog + "\n";
    }

    @Test
    void shouldSumIncreasesOverInstancesAndCountARestartedInstanceFromZeroWhenScraped() {
        Scrapes scrapes = new Scrapes();
        scrapes.add("a", scrape(10, 1, 0, 5), true);
        scrapes.add("b", scrape(4, 0, 2, 7), false);
        scrapes.add("a", scrape(3, 0, 0, 0), true); // a restarted: its counters began again at 0
        scrapes.add("b", scrape(6, 2, 2, 1), false);

        assertThat(scrapes.outcomes()).isEqualTo(Map.of("match", 19L, "field", 3L, "timeout", 2L, "dropped", 10L));
        assertThat(scrapes.comparisons()).as("timeouts and dropped reads are no evidence").isEqualTo(22);
        assertThat(scrapes.mismatches()).as("experiments left out").isEqualTo(3);
        assertThat(scrapes.backlog("acme")).as("largest of the last round").isEqualTo(1);
    }
}
