package dev.graph2doc.risk;

import dev.graph2doc.mapping.CollectionIndexes;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.GraphSchema.DuplicateKey;
import dev.graph2doc.mapping.GraphSchema;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.mapping.Shape;
import dev.graph2doc.risk.CollectionFacts.FanOut;
import dev.graph2doc.risk.CollectionFacts.LargestDocument;
import dev.graph2doc.risk.CollectionFacts.WriteFanOut;
import dev.graph2doc.store.DocumentSizes;
import dev.graph2doc.store.GraphStatistics.CollectionStatistics;
import dev.graph2doc.store.GraphStatistics.EmbedReach;
import dev.graph2doc.store.GraphStatistics.FieldStatistics;
import dev.graph2doc.store.GraphStatistics;
import dev.graph2doc.store.GraphStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Surveys the live graph through one mapping, tenant by tenant, and has {@link RiskAnalyzer} judge it. */
public final class RiskReporter {

    static final int DUPLICATE_EXAMPLES = 3;

    private final Mapping mapping;
    private final GraphStore graph;
    private final GraphStatistics statistics;
    private final GraphSchema schema;
    private final DocumentSizer sizer;
    private final ShapeSurvey shapes;
    private final RiskLimits limits;

    public RiskReporter(Mapping mapping, GraphStore graph, GraphStatistics statistics, GraphSchema schema,
                        DocumentSizes sizes, RiskLimits limits) {
        this.mapping = mapping;
        this.graph = graph;
        this.statistics = statistics;
        this.schema = schema;
        this.sizer = new DocumentSizer(graph, sizes, limits.renderCap());
        this.shapes = new ShapeSurvey(schema);
        this.limits = limits;
    }

    public RiskReport report() {
        List<String> tenants = graph.tenants();
        List<CollectionFacts> facts = mapping.collections().stream().map(c -> facts(c, tenants)).toList();
        return new RiskAnalyzer(limits).analyze(new RiskSurvey(mapping.source(), mapping.target().layout(), tenants, facts));
    }

    private CollectionFacts facts(CollectionMapping c, List<String> tenants) {
        long roots = 0;
        Map<String, FanOut> fanOut = new LinkedHashMap<>();
        fanOutFields(c).forEach(f -> fanOut.put(f.field(), f));
        LargestDocument largest = null;
        Map<String, WriteFanOut> writes = new LinkedHashMap<>();
        c.embeds().forEach(e -> writes.put(e.field(), new WriteFanOut(e.field(), e.target(), 0, 0, null)));
        for (String tenant : tenants) {
            statistics.reach(c, tenant).forEach(r -> writes.computeIfPresent(r.field(), (f, seen) -> wider(seen, r, tenant)));
            CollectionStatistics stats = statistics.measure(c, tenant, limits.sampleRoots(), limits.renderCap());
            roots += stats.roots();
            stats.fields().forEach(f -> fanOut.computeIfPresent(f.field(), (name, seen) -> widest(seen, f, tenant)));
            LargestDocument inTenant = sizer.largest(c, tenant, stats);
            if (inTenant != null && (largest == null || inTenant.bytes() > largest.bytes())) {
                largest = inTenant;
            }
        }
        return new CollectionFacts(c.name(), c.root(), c.key(), roots, List.copyOf(fanOut.values()), largest,
                duplicateKeys(c), schema.nodesWithoutKey(c.root(), c.key()), CollectionIndexes.countWithId(mapping, c),
                shapes.survey(c, List.copyOf(writes.values())));
    }

    /** The array embeds and references, none measured yet. */
    private static List<FanOut> fanOutFields(CollectionMapping c) {
        List<FanOut> fields = new ArrayList<>();
        for (Embed e : c.embeds()) {
            if (e.shape() == Shape.ARRAY) {
                fields.add(new FanOut(e.field(), "embed", e.target(), 0, 0, null));
            }
        }
        for (Reference r : c.references()) {
            fields.add(new FanOut(r.field(), "reference", r.target(), 0, 0, null));
        }
        return fields;
    }

    /** The p99 kept is the highest tenant's: a tenant-wide percentile would hide one tenant's skew. */
    private static FanOut widest(FanOut seen, FieldStatistics f, String tenant) {
        boolean wider = seen.maxTenant() == null || f.max() > seen.max();
        return new FanOut(seen.field(), seen.kind(), seen.target(), Math.max(seen.max(), f.max()),
                Math.max(seen.p99(), f.p99()), wider ? tenant : seen.maxTenant());
    }

    private static WriteFanOut wider(WriteFanOut seen, EmbedReach r, String tenant) {
        boolean wider = seen.maxTenant() == null || r.max() > seen.max();
        return new WriteFanOut(seen.field(), seen.target(), Math.max(seen.max(), r.max()), Math.max(seen.p99(), r.p99()),
                wider ? tenant : seen.maxTenant());
    }

    /** With a fixed tenancy every node is the fixed tenant's, so examples name it. */
    private List<DuplicateKey> duplicateKeys(CollectionMapping c) {
        return schema.duplicateKeys(c.root(), c.key(), mapping.tenancy(), DUPLICATE_EXAMPLES).stream()
                .map(d -> mapping.tenancy().isFixed() ? new DuplicateKey(mapping.tenancy().fixed(), d.key(), d.count()) : d)
                .toList();
    }
}
