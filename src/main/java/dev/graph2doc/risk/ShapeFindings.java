package dev.graph2doc.risk;

import dev.graph2doc.mapping.GraphSchema.PatternCounts;
import dev.graph2doc.mapping.KeyTypes;
import dev.graph2doc.mapping.Patterns;
import dev.graph2doc.risk.CollectionFacts.GraphShape;
import dev.graph2doc.risk.CollectionFacts.PatternFact;
import dev.graph2doc.risk.CollectionFacts.WriteFanOut;
import dev.graph2doc.risk.RiskReport.Finding;
import java.util.List;

/**
 * Judges a collection's {@link GraphShape}: a pattern that points the other way is a danger (every document would
 * get the field empty, and verification cannot tell), one with nothing either way a warning; mixed key types a
 * danger (the copy orders by key); a label on several kinds of node, a field of mixed types and an embed whose
 * one change rewrites {@code max-fan-out} documents or more are warnings; every embed's write fan-out is shown.
 */
final class ShapeFindings {

    private final RiskLimits limits;

    ShapeFindings(RiskLimits limits) {
        this.limits = limits;
    }

    void judge(CollectionFacts c, List<Finding> findings) {
        GraphShape shape = c.shape();
        shape.patterns().forEach(p -> pattern(c, p, findings));
        Patterns.labelKinds(c.root(), shape.labelKinds()).ifPresent(kinds -> findings.add(new Finding(Severity.WARN,
                "label", c.name(), c.name() + ": " + kinds + " — one collection gets documents of every kind: give "
                + "each kind its own label and collection, or make sure they share one key and one shape")));
        KeyTypes.mixedProblem(c.name(), c.root(), c.key(), shape.keyTypes()).ifPresent(problem -> findings.add(
                new Finding(Severity.DANGER, "key", c.name() + "." + c.key(), c.name() + "." + c.key() + ": " + problem)));
        shape.mixedFields().forEach((field, types) -> findings.add(new Finding(Severity.WARN, "value-type",
                c.name() + "." + field, c.name() + "." + field + ": " + c.root() + " nodes hold values of more than one "
                + "type: " + KeyTypes.describe(types) + " — the documents get different types in one field, which "
                + "queries and indexes on it treat apart: convert them to one type, or leave the field out")));
        shape.writeFanOut().forEach(w -> writeFanOut(c, w, findings));
    }

    private void pattern(CollectionFacts c, PatternFact p, List<Finding> findings) {
        String subject = c.name() + "." + p.field();
        PatternCounts counts = new PatternCounts(p.declared(), p.reverse());
        Patterns.wrongDirection(c.root(), p.rel(), p.direction(), p.target(), counts)
                .ifPresent(m -> findings.add(new Finding(Severity.DANGER, "direction", subject, subject + ": " + m
                        + " — " + Patterns.flipFix(p.direction()) + " (as declared, every document gets " + p.field()
                        + " empty, and verification cannot tell: both stores render the same mapping)")));
        Patterns.empty(c.root(), p.rel(), p.direction(), p.target(), counts)
                .ifPresent(m -> findings.add(new Finding(Severity.WARN, "direction", subject, subject + ": " + m)));
    }

    private void writeFanOut(CollectionFacts c, WriteFanOut w, List<Finding> findings) {
        String subject = c.name() + "." + w.field();
        String limit = "graph2doc.risk.max-fan-out = " + RiskNumbers.count(limits.maxFanOut());
        String found = subject + ": one change of a " + w.target() + " rewrites up to " + RiskNumbers.count(w.max())
                + " " + c.name() + " document(s) (p99 " + RiskNumbers.count(w.p99())
                + (w.maxTenant() == null ? "" : ", tenant " + w.maxTenant()) + ")";
        if (w.max() >= limits.maxFanOut()) {
            findings.add(new Finding(Severity.WARN, "write-fan-out", subject, found + " — at or above " + limit
                    + ": every forked write of such a " + w.target() + " rewrites that many documents: embed fewer of "
                    + "its fields (only ones that rarely change), or reference it instead of embedding it"));
        } else {
            findings.add(new Finding(Severity.OK, "write-fan-out", subject, found + ", under " + limit));
        }
    }

}
