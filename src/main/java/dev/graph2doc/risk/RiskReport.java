package dev.graph2doc.risk;

import java.util.List;

/**
 * The pre-migration risk report: per collection what the graph holds, the findings (dangers first), the
 * files MongoDB's WiredTiger engine will keep, and the limits judged against.
 */
public record RiskReport(String mapping, String layout, int tenants, List<CollectionFacts> collections,
                         List<Finding> findings, WiredTigerFiles wiredTigerFiles, RiskLimits limits) {

    public RiskReport {
        collections = List.copyOf(collections);
        findings = List.copyOf(findings);
    }

    public boolean hasDanger() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.DANGER);
    }

    /**
     * One judgement: {@code check} is fan-out, document-size, key or wiredtiger; {@code subject} names the
     * collection or {@code collection.field} (null for the whole mapping); the message gives the numbers and the fix.
     */
    public record Finding(Severity severity, String check, String subject, String message) {
    }

    /**
     * A collection and an index are a file each: {@code tenants} databases × ({@code collections} +
     * {@code indexes}) for database-per-tenant, one database's worth for shared.
     */
    public record WiredTigerFiles(int databases, int collections, int indexes, long files, long limit) {
    }
}
