package dev.graph2doc.cli;

import static dev.graph2doc.risk.RiskNumbers.bytes;
import static dev.graph2doc.risk.RiskNumbers.count;

import dev.graph2doc.risk.CollectionFacts;
import dev.graph2doc.risk.CollectionFacts.FanOut;
import dev.graph2doc.risk.CollectionFacts.LargestDocument;
import dev.graph2doc.risk.RiskReport;
import dev.graph2doc.risk.RiskReport.Finding;
import java.util.ArrayList;
import java.util.List;

/** The risk report as the terminal shows it: one table row per fan-out field, then the findings, dangers first. */
final class RiskTable {

    private static final List<String> HEADER = List.of("collection", "roots", "field", "kind", "max", "p99", "largest document");
    /** Columns right-aligned: the numbers. */
    private static final List<Integer> NUMERIC = List.of(1, 4, 5);

    private RiskTable() {
    }

    static String render(RiskReport report) {
        StringBuilder out = new StringBuilder("risk report: ").append(report.mapping()).append(", layout ")
                .append(report.layout()).append(", ").append(report.tenants()).append(" tenant(s)\n\n");
        table(rows(report), out);
        out.append("\nfindings:\n");
        for (Finding f : report.findings()) {
            out.append(String.format("  %-6s ", f.severity().label())).append(f.message()).append('\n');
        }
        return out.toString();
    }

    private static List<List<String>> rows(RiskReport report) {
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        for (CollectionFacts c : report.collections()) {
            List<FanOut> fields = c.fanOut().isEmpty() ? java.util.Collections.singletonList(null) : c.fanOut();
            for (int i = 0; i < fields.size(); i++) {
                FanOut f = fields.get(i);
                boolean first = i == 0;
                rows.add(List.of(first ? c.name() : "", first ? count(c.roots()) : "", f == null ? "-" : f.field(),
                        f == null ? "" : f.kind(), f == null ? "" : count(f.max()), f == null ? "" : count(f.p99()),
                        first ? largest(c.largestDocument()) : ""));
            }
        }
        return rows;
    }

    private static String largest(LargestDocument d) {
        return d == null ? "-" : bytes(d.bytes()) + (d.estimated() ? " (estimated)" : "");
    }

    private static void table(List<List<String>> rows, StringBuilder out) {
        int[] widths = new int[HEADER.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(NUMERIC.contains(i) ? pad + cell : cell + pad).append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
