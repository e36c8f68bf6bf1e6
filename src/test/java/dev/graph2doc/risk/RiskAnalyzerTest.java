package dev.graph2doc.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.GraphSchema.DuplicateKey;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.risk.CollectionFacts.FanOut;
import dev.graph2doc.risk.CollectionFacts.LargestDocument;
import dev.graph2doc.risk.RiskReport.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyzer on hand-made facts: each finding at its threshold and not below, and the file arithmetic. */
class RiskAnalyzerTest {

    private static final RiskLimits LIMITS = new RiskLimits(1_000_000, 10_000, 1_000, 100_000, 5);
    private final RiskAnalyzer analyzer = new RiskAnalyzer(LIMITS);

    @Test
    void shouldReportUnboundedFanOutAsDangerWhenTheMaxReachesTheLimit() {
        RiskReport report = analyze(bins(devices(10_000, 3), small()));

        assertThat(only(report, "fan-out")).isEqualTo(new Finding(Severity.DANGER, "fan-out", "bins.devices",
                "bins.devices: up to 10000 embedded Device items per document (p99 3, tenant acme) — at or above "
                        + "graph2doc.risk.max-array-items = 10000: unbounded fan-out: map Device as its own collection "
                        + "with a reference instead of embedding it"));
        assertThat(report.hasDanger()).isTrue();
    }

    @Test
    void shouldWarnBelowTheArrayLimitFromHalfOfItAndStaySilentBelowHalf() {
        assertThat(only(analyze(bins(devices(9_999, 3), small())), "fan-out").severity()).isEqualTo(Severity.WARN);
        assertThat(only(analyze(bins(devices(5_000, 3), small())), "fan-out").severity()).isEqualTo(Severity.WARN);

        Finding below = only(analyze(bins(devices(4_999, 3), small())), "fan-out");
        assertThat(below.severity()).isEqualTo(Severity.OK);
        assertThat(below.message()).isEqualTo("no array reaches half of graph2doc.risk.max-array-items = 10000 "
                + "(largest: bins.devices, 4999)");
    }

    @Test
    void shouldNameTheReferencedSideAsTheFixWhenAReferenceListFansOut() {
        FanOut sites = new FanOut("siteIds", "reference", "Site", 20_000, 12, "globex");

        Finding finding = only(analyze(bins(sites, small())), "fan-out");

        assertThat(finding.message()).startsWith("bins.siteIds: up to 20000 referenced Site keys per document (p99 12, "
                + "tenant globex)").endsWith("drop this list and reference the Bin from each Site document instead");
    }

    @Test
    void shouldReportTheLargestDocumentAsDangerAtTheLimitAndWarnFromHalf() {
        Finding danger = only(analyze(bins(devices(9_999, 3), document(1_000_000, true))), "document-size");
        Finding warn = only(analyze(bins(devices(2, 1), document(500_000, false))), "document-size");
        Finding ok = only(analyze(bins(devices(2, 1), document(499_999, false))), "document-size");

        assertThat(danger.severity()).isEqualTo(Severity.DANGER);
        assertThat(danger.message()).isEqualTo("bins: largest document 1000000 bytes (976.6 KiB, estimated: Bin "
                + "'b-7' of tenant acme) — at or above graph2doc.risk.max-document-bytes = 1000000: too large to copy "
                + "safely (MongoDB refuses documents over 16 MiB); move its largest array (devices, up to 9999 items) into its own collection");
        assertThat(warn.severity()).isEqualTo(Severity.WARN);
        assertThat(warn.message()).contains("500000 bytes").contains("measured").contains("over half of");
        assertThat(ok.severity()).isEqualTo(Severity.OK);
        assertThat(ok.message()).startsWith("largest document 488.3 KiB (bins 'b-7' of tenant acme)");
    }

    @Test
    void shouldReportDuplicatedAndMissingKeysWithTheirNumbers() {
        CollectionFacts bins = new CollectionFacts("bins", "Bin", "id", 10, List.of(), small(),
                List.of(new DuplicateKey("acme", "b-1", 2), new DuplicateKey("globex", "b-9", 3)), 7, 1);

        List<Finding> keys = analyze(bins).findings().stream().filter(f -> f.check().equals("key")).toList();

        assertThat(keys).extracting(Finding::severity).containsExactly(Severity.DANGER, Severity.DANGER);
        assertThat(keys.get(0).message()).isEqualTo("bins.id: key not unique among Bin nodes of one tenant: 'b-1' on 2 "
                + "nodes of tenant 'acme', 'b-9' on 3 nodes of tenant 'globex' — the copy would merge each group into "
                + "one document: make the key unique within a tenant, or choose another key");
        assertThat(keys.get(1).message()).isEqualTo("bins.id: 7 Bin node(s) have no 'id' property — the copy leaves "
                + "them out: set it on them, or choose another key");
    }

    @Test
    void shouldSayKeysAreSoundWhenNoneIsMissingOrDuplicated() {
        assertThat(only(analyze(bins(devices(1, 1), small())), "key"))
                .isEqualTo(new Finding(Severity.OK, "key", null, "every root node has its key, unique within its tenant"));
    }

    @Test
    void shouldCountFilesPerTenantDatabaseWhenEachTenantHasItsOwn() {
        RiskSurvey survey = new RiskSurvey("m.yaml", Layout.DATABASE_PER_TENANT, List.of("a", "b", "c"),
                List.of(collection("bins", 2), collection("devices", 1), collection("readings", 2)));

        RiskReport report = analyzer.analyze(survey);

        assertThat(report.wiredTigerFiles()).isEqualTo(new RiskReport.WiredTigerFiles(3, 3, 5, 3 * (3 + 5), 1_000));
        assertThat(only(report, "wiredtiger").message()).isEqualTo("wiredTiger: 3 tenant database(s) × (3 collections "
                + "+ 5 indexes) = 24 files, 2.4% of graph2doc.risk.max-wiredtiger-files = 1000");
    }

    @Test
    void shouldCountOneDatabaseOfFilesWhenTheLayoutIsShared() {
        RiskSurvey survey = new RiskSurvey("m.yaml", Layout.SHARED, List.of("a", "b", "c"),
                List.of(collection("bins", 2), collection("devices", 1)));

        RiskReport report = analyzer.analyze(survey);

        assertThat(report.wiredTigerFiles().files()).isEqualTo(2 + 3);
        assertThat(only(report, "wiredtiger").message()).startsWith("wiredTiger: one shared database (2 collections + 3 indexes) = 5 files");
    }

    @Test
    void shouldJudgeTheFileCountAtTheLimitAndFromHalfOfIt() {
        // 125 tenants × (2 collections + 2 indexes) = 500 files: half of 1000
        assertThat(only(tenants(125), "wiredtiger").severity()).isEqualTo(Severity.WARN);
        assertThat(only(tenants(124), "wiredtiger").severity()).isEqualTo(Severity.OK);
        RiskReport atLimit = tenants(250);
        assertThat(only(atLimit, "wiredtiger").severity()).isEqualTo(Severity.DANGER);
        assertThat(only(atLimit, "wiredtiger").message()).contains("= 1000 files — at or above "
                + "graph2doc.risk.max-wiredtiger-files = 1000").contains("use layout shared");
    }

    @Test
    void shouldListDangersFirstThenWarningsThenOks() {
        CollectionFacts bins = new CollectionFacts("bins", "Bin", "id", 10, List.of(devices(6_000, 3)),
                document(2_000_000, true), List.of(), 0, 1);

        assertThat(analyze(bins).findings()).extracting(Finding::severity)
                .containsExactly(Severity.DANGER, Severity.WARN, Severity.OK, Severity.OK);
    }

    private RiskReport tenants(int count) {
        List<String> names = java.util.stream.IntStream.range(0, count).mapToObj(i -> "t" + i).toList();
        return analyzer.analyze(new RiskSurvey("m.yaml", Layout.DATABASE_PER_TENANT, names,
                List.of(collection("bins", 1), collection("devices", 1))));
    }

    private RiskReport analyze(CollectionFacts... collections) {
        return analyzer.analyze(new RiskSurvey("m.yaml", Layout.DATABASE_PER_TENANT, List.of("acme"), List.of(collections)));
    }

    private static Finding only(RiskReport report, String check) {
        List<Finding> found = report.findings().stream().filter(f -> f.check().equals(check)).toList();
        assertThat(found).as("%s findings in %s", check, report.findings()).hasSize(1);
        return found.get(0);
    }

    private static CollectionFacts bins(FanOut fanOut, LargestDocument largest) {
        return new CollectionFacts("bins", "Bin", "id", 10, List.of(fanOut), largest, List.of(), 0, 1);
    }

    private static CollectionFacts collection(String name, int indexes) {
        return new CollectionFacts(name, name, "id", 1, List.of(), small(), List.of(), 0, indexes);
    }

    private static FanOut devices(long max, long p99) {
        return new FanOut("devices", "embed", "Device", max, p99, "acme");
    }

    private static LargestDocument document(long bytes, boolean estimated) {
        return new LargestDocument("acme", "b-7", bytes, estimated);
    }

    private static LargestDocument small() {
        return document(600, false);
    }
}
