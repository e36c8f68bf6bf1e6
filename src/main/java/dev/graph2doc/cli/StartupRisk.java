package dev.graph2doc.cli;

import dev.graph2doc.risk.RiskReport;
import dev.graph2doc.risk.RiskReport.Finding;
import dev.graph2doc.risk.RiskReporter;
import dev.graph2doc.risk.Severity;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve} and {@code risk} never disagree: a mapping the risk report rates {@code danger} stops start-up
 * (before either store is written), unless {@code graph2doc.mapping.accept-risk=true} accepts it — then every
 * accepted danger is logged as a warning.
 */
final class StartupRisk {

    static final String ACCEPT = "graph2doc.mapping.accept-risk";
    private static final Logger LOG = LoggerFactory.getLogger(StartupRisk.class);

    private StartupRisk() {
    }

    static void require(ApplicationContext context) {
        RiskReport report = context.getBean(RiskReporter.class).report();
        List<String> dangers = report.findings().stream().filter(f -> f.severity() == Severity.DANGER)
                .map(Finding::message).toList();
        if (dangers.isEmpty()) {
            return;
        }
        boolean accepted = context.getProperty(ACCEPT, Boolean.class).orElse(false);
        if (accepted) {
            LOG.warn("{}=true: starting with {} danger(s) the risk report found in {}: {}", ACCEPT, dangers.size(),
                    report.mapping(), String.join("; ", dangers));
            return;
        }
        throw new ServiceStartupException("the risk report rates the mapping " + report.mapping() + " danger ("
                + dangers.size() + "): " + dangers.stream().collect(Collectors.joining("; ")) + ". Fix the mapping or "
                + "the graph (./graph2doc risk lists every finding), or accept the risk with " + ACCEPT
                + "=true (GRAPH2DOC_MAPPING_ACCEPT_RISK=true).", null);
    }
}
