package dev.graph2doc.risk;

import static dev.graph2doc.risk.RiskNumbers.bytes;
import static dev.graph2doc.risk.RiskNumbers.count;

import dev.graph2doc.mapping.GraphSchema.DuplicateKey;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.mapping.Patterns;
import dev.graph2doc.risk.CollectionFacts.FanOut;
import dev.graph2doc.risk.CollectionFacts.LargestDocument;
import dev.graph2doc.risk.RiskReport.WiredTigerFiles;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The findings' words: what was found, with its numbers, against which setting, and the fix. */
final class FindingMessages {

    private final RiskLimits limits;

    FindingMessages(RiskLimits limits) {
        this.limits = limits;
    }

    String fanOut(CollectionFacts c, FanOut f, Severity severity) {
        boolean embed = f.kind().equals("embed");
        String fix = embed ? "map " + f.target() + " as its own collection with a reference instead of embedding it"
                : "drop this list and reference the " + c.root() + " from each " + f.target() + " document instead";
        return c.name() + "." + f.field() + ": up to " + count(f.max()) + (embed ? " embedded " : " referenced ")
                + f.target() + (embed ? " items" : " keys") + " per document (p99 " + count(f.p99()) + ", tenant "
                + f.maxTenant() + ") — " + against(severity, "graph2doc.risk.max-array-items = "
                + count(limits.maxArrayItems())) + (severity == Severity.DANGER ? ": unbounded fan-out: " + fix
                : ": watch it grow, or " + fix);
    }

    String documentSize(CollectionFacts c, Severity severity) {
        LargestDocument d = c.largestDocument();
        String fix = largestArray(c).map(f -> "move its largest array (" + f.field() + ", up to " + count(f.max())
                + " items) into its own collection").orElse("split the document: map large neighbours as their own collection");
        return c.name() + ": largest document " + count(d.bytes()) + " bytes (" + bytes(d.bytes()) + ", "
                + (d.estimated() ? "estimated" : "measured") + ": " + c.root() + " '" + d.key() + "' of tenant "
                + d.tenant() + ") — " + against(severity, "graph2doc.risk.max-document-bytes = "
                + count(limits.maxDocumentBytes())) + (severity == Severity.DANGER
                ? ": too large to copy safely (MongoDB refuses documents over 16 MiB); " : ": ") + fix;
    }

    String duplicateKeys(CollectionFacts c) {
        String examples = c.duplicateKeys().stream().map(FindingMessages::describe).collect(Collectors.joining(", "));
        String kinds = Patterns.labelKinds(c.root(), c.shape().labelKinds()).map(k -> "; " + k).orElse("");
        return c.name() + "." + c.key() + ": key not unique among " + c.root() + " nodes of one tenant: " + examples
                + kinds + " — the copy would merge each group into one document: " + (kinds.isEmpty()
                ? "make the key unique within a tenant, or choose another key"
                : "give each kind of node its own label (and collection), or choose a key unique across them");
    }

    String missingKeys(CollectionFacts c) {
        return c.name() + "." + c.key() + ": " + count(c.nodesWithoutKey()) + " " + c.root() + " node(s) have no '"
                + c.key() + "' property — the copy leaves them out: set it on them, or choose another key";
    }

    String noFanOut(List<CollectionFacts> collections) {
        Optional<String> widest = collections.stream()
                .flatMap(c -> c.fanOut().stream().map(f -> new Widest(c.name() + "." + f.field(), f.max())))
                .max(Comparator.comparingLong(Widest::max)).map(w -> " (largest: " + w.subject() + ", " + count(w.max()) + ")");
        return "no array reaches half of graph2doc.risk.max-array-items = " + count(limits.maxArrayItems())
                + widest.orElse(" (no arrays)");
    }

    private record Widest(String subject, long max) {
    }

    String noLargeDocument(List<CollectionFacts> collections) {
        return collections.stream().filter(c -> c.largestDocument() != null)
                .max(Comparator.comparingLong(c -> c.largestDocument().bytes()))
                .map(c -> "largest document " + bytes(c.largestDocument().bytes()) + " (" + c.name() + " '"
                        + c.largestDocument().key() + "' of tenant " + c.largestDocument().tenant() + ")")
                .orElse("no documents") + ", under half of graph2doc.risk.max-document-bytes = "
                + count(limits.maxDocumentBytes());
    }

    String keysSound() {
        return "every root node has its key, unique within its tenant";
    }

    String wiredTiger(Layout layout, WiredTigerFiles w) {
        String sum = "(" + w.collections() + " collections + " + w.indexes() + " indexes) = " + count(w.files()) + " files";
        String count = layout == Layout.SHARED ? "wiredTiger: one shared database " + sum
                : "wiredTiger: " + count(w.databases()) + " tenant database(s) × " + sum;
        Severity severity = Severity.of(w.files(), w.limit());
        String limit = "graph2doc.risk.max-wiredtiger-files = " + count(w.limit());
        return switch (severity) {
            case OK -> count + ", " + RiskNumbers.percent(w.files(), w.limit()) + " of " + limit;
            case WARN -> count + " — " + against(severity, limit) + ": plan shards or the shared layout before it grows";
            case DANGER -> count + " — " + against(severity, limit) + ": one mongod would keep too many files open; "
                    + "use layout shared, spread the tenants over more shards, or raise the limit with the open-file limit";
        };
    }

    private static String against(Severity severity, String limit) {
        return (severity == Severity.DANGER ? "at or above " : "over half of ") + limit;
    }

    private static Optional<FanOut> largestArray(CollectionFacts c) {
        return c.fanOut().stream().filter(f -> f.max() > 0).max(Comparator.comparingLong(FanOut::max));
    }

    private static String describe(DuplicateKey d) {
        return "'" + d.key() + "' on " + d.count() + " nodes " + (d.tenant() == null ? "without a tenant"
                : "of tenant '" + d.tenant() + "'");
    }
}
