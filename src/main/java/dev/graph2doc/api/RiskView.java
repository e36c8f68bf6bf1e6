package dev.graph2doc.api;

import dev.graph2doc.risk.CollectionFacts;
import dev.graph2doc.risk.RiskLimits;
import dev.graph2doc.risk.RiskReport;
import dev.graph2doc.risk.RiskReport.WiredTigerFiles;
import java.util.List;

/** The risk report as JSON: the report itself, with severities spelled ok, warn, danger. */
public record RiskView(String mapping, String layout, int tenants, boolean danger, List<CollectionFacts> collections,
                       List<Finding> findings, WiredTigerFiles wiredTigerFiles, RiskLimits limits) {

    public record Finding(String severity, String check, String subject, String message) {
    }

    public static RiskView of(RiskReport r) {
        List<Finding> findings = r.findings().stream()
                .map(f -> new Finding(f.severity().label(), f.check(), f.subject(), f.message())).toList();
        return new RiskView(r.mapping(), r.layout(), r.tenants(), r.hasDanger(), r.collections(), findings,
                r.wiredTigerFiles(), r.limits());
    }
}
