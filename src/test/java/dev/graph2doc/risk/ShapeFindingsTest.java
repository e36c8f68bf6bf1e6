package dev.graph2doc.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.GraphSchema.KeyType;
import dev.graph2doc.mapping.GraphSchema.LabelSet;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.risk.CollectionFacts.GraphShape;
import dev.graph2doc.risk.CollectionFacts.LargestDocument;
import dev.graph2doc.risk.CollectionFacts.PatternFact;
import dev.graph2doc.risk.CollectionFacts.WriteFanOut;
import dev.graph2doc.risk.RiskReport.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analyzer on hand-made shapes: directions, key and value types, label kinds, write fan-out. */
class ShapeFindingsTest {

    private static final RiskLimits LIMITS = new RiskLimits(1_000_000, 10_000, 1_000, 100_000, 5, 1_000);
    private static final PatternFact DEVICES = new PatternFact("devices", "embed", "MONITORS", Direction.IN, "Device", 8, 0);

    @Test
    void shouldRateAPatternThatPointsTheOtherWayADangerWithBothCountsAndTheFix() {
        PatternFact wrong = new PatternFact("devices", "embed", "MONITORS", Direction.IN, "Device", 0, 8085);

        Finding finding = only(analyze(shape(List.of(wrong), List.of(), List.of(), Map.of(), List.of())), "direction");

        assertThat(finding).isEqualTo(new Finding(Severity.DANGER, "direction", "bins.devices", "bins.devices: no "
                + "(:Bin)<-[:MONITORS]-(:Device) in the graph; 8085 Bin node(s) have (:Bin)-[:MONITORS]->(:Device), the "
                + "other way — did you mean direction: out? (as declared, every document gets devices empty, and "
                + "verification cannot tell: both stores render the same mapping)"));
    }

    @Test
    void shouldWarnWhenAPatternHasNothingEitherWayAndSayOkWhenAllAreFound() {
        PatternFact empty = new PatternFact("binIds", "reference", "MONITORS", Direction.OUT, "Bin", 0, 0);

        assertThat(only(analyze(shape(List.of(empty), List.of(), List.of(), Map.of(), List.of())), "direction").severity())
                .isEqualTo(Severity.WARN);
        assertThat(only(analyze(shape(List.of(DEVICES), List.of(), List.of(), Map.of(), List.of())), "direction"))
                .isEqualTo(new Finding(Severity.OK, "direction", null,
                        "every embed and reference finds neighbours the way it is declared"));
    }

    @Test
    void shouldRateMixedKeyTypesADangerWithCountsAndExamplesPerType() {
        List<KeyType> types = List.of(new KeyType("STRING", 39, List.of("b-1", "b-2", "b-3")), new KeyType("INTEGER", 1,
                List.of(10410L)));

        Finding finding = only(analyze(shape(List.of(), List.of(), types, Map.of(), List.of())), "key");

        assertThat(finding.severity()).isEqualTo(Severity.DANGER);
        assertThat(finding.message()).isEqualTo("bins.id: key 'id' of Bin (collection bins) mixes types: STRING on 39 "
                + "nodes (e.g. 'b-1', 'b-2', 'b-3'), INTEGER on 1 (e.g. 10410): keys of one collection must have one type"
                + " — convert them (e.g. MATCH (n:Bin) SET n.id = toString(n.id)) or choose another key");
    }

    @Test
    void shouldWarnAboutAFieldOfMixedTypesAndALabelOnTwoKindsOfNode() {
        Map<String, List<KeyType>> mixed = Map.of("capacityLitres", List.of(new KeyType("INTEGER", 9, List.of(120L)),
                new KeyType("STRING", 1, List.of("big"))));
        List<LabelSet> kinds = List.of(new LabelSet(List.of("Bin"), 9), new LabelSet(List.of("Bin", "Legacy"), 1));

        RiskReport report = analyze(shape(List.of(), kinds, List.of(), mixed, List.of()));

        assertThat(only(report, "value-type")).isEqualTo(new Finding(Severity.WARN, "value-type", "bins.capacityLitres",
                "bins.capacityLitres: Bin nodes hold values of more than one type: INTEGER on 9 nodes (e.g. 120), STRING "
                        + "on 1 (e.g. 'big') — the documents get different types in one field, which queries and indexes "
                        + "on it treat apart: convert them to one type, or leave the field out"));
        assertThat(only(report, "label").severity()).isEqualTo(Severity.WARN);
        assertThat(only(report, "label").message()).startsWith("bins: the label Bin sits on 2 kinds of node: :Bin on 9, "
                + ":Bin:Legacy on 1 — ");
    }

    @Test
    void shouldWarnAboutWriteFanOutFromTheLimitAndShowEveryEmbedBelowIt() {
        WriteFanOut site = new WriteFanOut("site", "Site", 1_000, 20, "acme");
        WriteFanOut devices = new WriteFanOut("devices", "Device", 999, 1, "acme");

        List<Finding> found = analyze(shape(List.of(), List.of(), List.of(), Map.of(), List.of(site, devices)))
                .findings().stream().filter(f -> f.check().equals("write-fan-out")).toList();

        assertThat(found).extracting(Finding::severity).containsExactly(Severity.WARN, Severity.OK);
        assertThat(found.get(0).message()).isEqualTo("bins.site: one change of a Site rewrites up to 1000 bins "
                + "document(s) (p99 20, tenant acme) — at or above graph2doc.risk.max-fan-out = 1000: every forked write "
                + "of such a Site rewrites that many documents: embed fewer of its fields (only ones that rarely change), "
                + "or reference it instead of embedding it");
        assertThat(found.get(1).message()).isEqualTo("bins.devices: one change of a Device rewrites up to 999 bins "
                + "document(s) (p99 1, tenant acme), under graph2doc.risk.max-fan-out = 1000");
    }

    @Test
    void shouldNameTheLabelKindsInTheDuplicateKeyFindingWhenTheLabelSitsOnTwoKinds() {
        List<LabelSet> kinds = List.of(new LabelSet(List.of("Bin"), 9), new LabelSet(List.of("Bin", "Legacy"), 1));
        CollectionFacts bins = new CollectionFacts("bins", "Bin", "id", 10, List.of(), small(),
                List.of(new dev.graph2doc.mapping.GraphSchema.DuplicateKey("acme", "b-1", 2)), 0, 1,
                shape(List.of(), kinds, List.of(), Map.of(), List.of()));

        assertThat(only(analyze(bins), "key").message()).contains("'b-1' on 2 nodes of tenant 'acme'; the label Bin sits "
                + "on 2 kinds of node: :Bin on 9, :Bin:Legacy on 1 — the copy would merge each group into one document: "
                + "give each kind of node its own label (and collection)");
    }

    private static GraphShape shape(List<PatternFact> patterns, List<LabelSet> kinds, List<KeyType> keyTypes,
                                    Map<String, List<KeyType>> mixed, List<WriteFanOut> writes) {
        return new GraphShape(patterns, kinds, keyTypes, mixed, writes);
    }

    private static RiskReport analyze(GraphShape shape) {
        return analyze(new CollectionFacts("bins", "Bin", "id", 10, List.of(), small(), List.of(), 0, 1, shape));
    }

    private static RiskReport analyze(CollectionFacts bins) {
        return new RiskAnalyzer(LIMITS).analyze(new RiskSurvey("m.yaml", Layout.DATABASE_PER_TENANT, List.of("acme"),
                List.of(bins)));
    }

    private static Finding only(RiskReport report, String check) {
        List<Finding> found = report.findings().stream().filter(f -> f.check().equals(check)).toList();
        assertThat(found).as("%s findings in %s", check, report.findings()).hasSize(1);
        return found.get(0);
    }

    private static LargestDocument small() {
        return new LargestDocument("acme", "b-7", 600, false);
    }
}
