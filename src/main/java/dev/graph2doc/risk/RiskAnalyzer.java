package dev.graph2doc.risk;

import dev.graph2doc.mapping.Layout;
import dev.graph2doc.risk.CollectionFacts.FanOut;
import dev.graph2doc.risk.CollectionFacts.LargestDocument;
import dev.graph2doc.risk.RiskReport.Finding;
import dev.graph2doc.risk.RiskReport.WiredTigerFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Judges a {@link RiskSurvey} against {@link RiskLimits}: each fan-out field, each collection's largest
 * document, each key problem, the shape of the data ({@link ShapeFindings}), and the WiredTiger file count. A check that finds nothing says so once, as
 * an {@code OK} finding, so the report shows what was checked.
 */
public final class RiskAnalyzer {

    private final RiskLimits limits;
    private final FindingMessages messages;
    private final ShapeFindings shapes;

    public RiskAnalyzer(RiskLimits limits) {
        this.limits = limits;
        this.messages = new FindingMessages(limits);
        this.shapes = new ShapeFindings(limits);
    }

    public RiskReport analyze(RiskSurvey survey) {
        List<Finding> findings = new ArrayList<>();
        for (CollectionFacts c : survey.collections()) {
            c.fanOut().forEach(f -> fanOut(c, f, findings));
            documentSize(c, findings);
            keys(c, findings);
            shapes.judge(c, findings);
        }
        addOkWhereSilent(survey, findings);
        WiredTigerFiles files = wiredTigerFiles(survey);
        findings.add(new Finding(Severity.of(files.files(), files.limit()), "wiredtiger", null,
                messages.wiredTiger(survey.layout(), files)));
        findings.sort(Comparator.comparing(Finding::severity).reversed());
        return new RiskReport(survey.mapping(), survey.layout().name().toLowerCase().replace('_', '-'),
                survey.tenants().size(), survey.collections(), findings, files, limits);
    }

    private void fanOut(CollectionFacts c, FanOut f, List<Finding> findings) {
        Severity severity = Severity.of(f.max(), limits.maxArrayItems());
        if (severity != Severity.OK) {
            findings.add(new Finding(severity, "fan-out", c.name() + "." + f.field(), messages.fanOut(c, f, severity)));
        }
    }

    private void documentSize(CollectionFacts c, List<Finding> findings) {
        LargestDocument largest = c.largestDocument();
        Severity severity = largest == null ? Severity.OK : Severity.of(largest.bytes(), limits.maxDocumentBytes());
        if (severity != Severity.OK) {
            findings.add(new Finding(severity, "document-size", c.name(), messages.documentSize(c, severity)));
        }
    }

    private void keys(CollectionFacts c, List<Finding> findings) {
        String subject = c.name() + "." + c.key();
        if (!c.duplicateKeys().isEmpty()) {
            findings.add(new Finding(Severity.DANGER, "key", subject, messages.duplicateKeys(c)));
        }
        if (c.nodesWithoutKey() > 0) {
            findings.add(new Finding(Severity.DANGER, "key", subject, messages.missingKeys(c)));
        }
    }

    private void addOkWhereSilent(RiskSurvey survey, List<Finding> findings) {
        List<String> found = findings.stream().map(Finding::check).toList();
        if (!found.contains("fan-out")) {
            findings.add(new Finding(Severity.OK, "fan-out", null, messages.noFanOut(survey.collections())));
        }
        if (!found.contains("document-size")) {
            findings.add(new Finding(Severity.OK, "document-size", null, messages.noLargeDocument(survey.collections())));
        }
        if (!found.contains("key")) {
            findings.add(new Finding(Severity.OK, "key", null, messages.keysSound()));
        }
        if (!found.contains("direction") && survey.collections().stream().anyMatch(c -> !c.shape().patterns().isEmpty())) {
            findings.add(new Finding(Severity.OK, "direction", null,
                    "every embed and reference finds neighbours the way it is declared"));
        }
    }

    /** Per collection one file, plus one per index ({@code _id} included); per tenant database, or once when shared. */
    WiredTigerFiles wiredTigerFiles(RiskSurvey survey) {
        int collections = survey.collections().size();
        int indexes = survey.collections().stream().mapToInt(CollectionFacts::indexes).sum();
        int databases = survey.layout() == Layout.SHARED ? 1 : survey.tenants().size();
        return new WiredTigerFiles(databases, collections, indexes, (long) databases * (collections + indexes),
                limits.maxWiredTigerFiles());
    }
}
