package dev.graph2doc.read.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.mapping.Shape;
import dev.graph2doc.mapping.Target;
import dev.graph2doc.mapping.Tenancy;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentDiffTest {

    /** bins: devices a set of sub-documents, readings an ordered array, site an object; devices: binIds a set. */
    static final Mapping MAPPING = Mapping.of("diff (test)", Tenancy.fixed("solo"),
            new Target(Layout.DATABASE_PER_TENANT, "t_", null), List.of(
                    new CollectionMapping("bins", "Bin", "id", Fields.ALL, List.of(
                            new Embed("site", "HAS_BIN", Direction.IN, "Site", Shape.OBJECT,
                                    Fields.of(List.of("id", "name", "city")), Fields.none(), false),
                            new Embed("devices", "MONITORS", Direction.IN, "Device", Shape.ARRAY,
                                    Fields.of(List.of("id", "model", "batteryPct")), Fields.of(List.of("since")), true),
                            new Embed("readings", "REPORTED", Direction.IN, "Reading", Shape.ARRAY,
                                    Fields.of(List.of("id", "value")), Fields.none(), false)),
                            List.of(), List.of()),
                    new CollectionMapping("devices", "Device", "id", Fields.ALL, List.of(),
                            List.of(new Reference("binIds", "MONITORS", Direction.OUT, "Bin", true)), List.of()),
                    new CollectionMapping("sites", "Site", "id", Fields.ALL, List.of(),
                            List.of(new Reference("binIds", "HAS_BIN", Direction.OUT, "Bin", false)), List.of())));

    static final CollectionMapping BINS = MAPPING.collection("bins").orElseThrow();
    static final CollectionMapping DEVICES = MAPPING.collection("devices").orElseThrow();
    static final CollectionMapping SITES = MAPPING.collection("sites").orElseThrow();

    static final Instant AT = Instant.parse("2024-05-01T10:15:30Z");

    private final DocumentDiff diff = new DocumentDiff(MAPPING, List.of());
    private final DocumentDiff ignoring = new DocumentDiff(MAPPING,
            List.of("bins.lastEmptiedAt", "bins.devices.batteryPct", "bins.readings.at", "bins.site.city"));

    @Test
    void shouldMatchWhenBothDocumentsAreAbsent() {
        assertThat(diff.compare(BINS, null, null)).isEqualTo(Difference.match());
    }

    @Test
    void shouldReportMissingWhenOnlyTheCandidateIsAbsent() {
        assertThat(diff.compare(BINS, doc(map("a", 1L)), null)).isEqualTo(Difference.of(Outcome.MISSING));
    }

    @Test
    void shouldReportExtraWhenOnlyTheControlIsAbsent() {
        assertThat(diff.compare(BINS, null, doc(map("a", 1L)))).isEqualTo(Difference.of(Outcome.EXTRA));
    }

    @Test
    void shouldMatchWhenOnlyKeysAndVersionsDiffer() {
        DocumentView control = new DocumentView("bins", "b1", 3, map("a", 1L));
        DocumentView candidate = new DocumentView("bins", "b2", 9, map("a", 1L));

        assertThat(diff.compare(BINS, control, candidate)).isEqualTo(Difference.match());
    }

    @Test
    void shouldMatchWhenMapKeyOrderDiffers() {
        assertBothWays(map("a", 1L, "b", map("x", "1", "y", "2")), map("b", map("y", "2", "x", "1"), "a", 1L),
                Outcome.MATCH);
    }

    @Test
    void shouldReportFieldWhenAValueDiffers() {
        assertBothWays(map("a", 1L, "b", "x"), map("a", 2L, "b", "x"), Outcome.FIELD, "a");
    }

    @Test
    void shouldReportFieldWhenOneSideLacksAField() {
        assertBothWays(map("a", 1L, "b", "x"), map("a", 1L), Outcome.FIELD, "b");
    }

    @Test
    void shouldReportFieldWhenNullFacesAValue() {
        assertBothWays(map("site", null), map("site", map("id", "s1")), Outcome.FIELD, "site");
    }

    /** The render writes absent embedded objects as null, so a missing field is a different document. */
    @Test
    void shouldReportFieldWhenNullFacesAMissingField() {
        assertBothWays(map("a", 1L, "site", null), map("a", 1L), Outcome.FIELD, "site");
    }

    @Test
    void shouldReportNestedPathWhenANestedMapValueDiffers() {
        assertBothWays(map("site", map("id", "s1", "name", "North", "geo", map("lat", 1.5))),
                map("site", map("id", "s1", "name", "South", "geo", map("lat", 2.5))),
                Outcome.FIELD, "site.geo.lat", "site.name");
    }

    @Test
    void shouldReportFieldWhenAMapFacesAScalarOrAList() {
        assertBothWays(map("site", map("id", "s1")), map("site", "s1"), Outcome.FIELD, "site");
        assertBothWays(map("site", map("id", "s1")), map("site", list("s1")), Outcome.FIELD, "site");
    }

    @Test
    void shouldMatchWhenByteArraysHaveTheSameContent() {
        assertBothWays(map("blob", new byte[] {1, 2, 3}), map("blob", new byte[] {1, 2, 3}), Outcome.MATCH);
    }

    @Test
    void shouldReportFieldWhenByteArraysDiffer() {
        assertBothWays(map("blob", new byte[] {1, 2, 3}), map("blob", new byte[] {1, 2, 4}), Outcome.FIELD, "blob");
    }

    @Test
    void shouldReportFieldWhenBooleansDiffer() {
        assertBothWays(map("smart", true), map("smart", false), Outcome.FIELD, "smart");
    }

    static Stream<Arguments> equalNumbers() {
        return Stream.of(
                Arguments.of(42, 42L), Arguments.of(42L, 42.0), Arguments.of(42, 42.0),
                Arguments.of((short) 42, 42L), Arguments.of((byte) 42, 42.0), Arguments.of(42.5f, 42.5),
                Arguments.of(new BigDecimal("42.00"), 42L), Arguments.of(new BigDecimal("0.5"), 0.5),
                Arguments.of(BigInteger.valueOf(42), 42.0), Arguments.of(-0.0, 0L),
                Arguments.of(Long.MAX_VALUE, BigInteger.valueOf(Long.MAX_VALUE)),
                Arguments.of(Double.NaN, Double.NaN));
    }

    @ParameterizedTest
    @MethodSource("equalNumbers")
    void shouldMatchWhenNumbersOfAnyTypeAreEqual(Number a, Number b) {
        assertBothWays(map("n", a), map("n", b), Outcome.MATCH);
    }

    static Stream<Arguments> differentNumbers() {
        return Stream.of(
                Arguments.of(42, 43L), Arguments.of(42L, 42.5), Arguments.of((1L << 53) + 1, (double) (1L << 53)),
                Arguments.of(0.1f, 0.1), Arguments.of(new BigDecimal("42.01"), 42L),
                Arguments.of(Long.MAX_VALUE, 0x1p63), Arguments.of(1L, Double.NaN));
    }

    @ParameterizedTest
    @MethodSource("differentNumbers")
    void shouldReportFieldWhenNumbersDifferEvenBeyondDoublePrecision(Number a, Number b) {
        assertBothWays(map("n", a), map("n", b), Outcome.FIELD, "n");
    }

    @Test
    void shouldMatchWhenNumbersWidenInsideNestedMapsAndArrays() {
        assertBothWays(map("site", map("geo", map("lat", 1)), "readings", list(map("value", 7), map("value", 8.0))),
                map("site", map("geo", map("lat", 1.0)), "readings", list(map("value", 7L), map("value", 8))),
                Outcome.MATCH);
    }

    static Stream<Arguments> spelledValues() {
        return Stream.of(
                Arguments.of("42", 42L), Arguments.of("42", 42), Arguments.of("42.0", 42L),
                Arguments.of("4.2e1", 42L), Arguments.of("42", 42.0), Arguments.of("0.1", 0.1),
                Arguments.of("NaN", Double.NaN), Arguments.of("true", true), Arguments.of("false", false));
    }

    @ParameterizedTest
    @MethodSource("spelledValues")
    void shouldReportTypeWhenTextSpellsTheValue(String text, Object value) {
        assertBothWays(map("n", text, "same", "x"), map("n", value, "same", "x"), Outcome.TYPE, "n");
    }

    static Stream<Arguments> otherValues() {
        return Stream.of(
                Arguments.of("43", 42L), Arguments.of(" 42", 42L), Arguments.of("0x2a", 42L),
                Arguments.of("forty-two", 42L), Arguments.of("True", true), Arguments.of("yes", true),
                Arguments.of("1", true), Arguments.of("", 0L));
    }

    @ParameterizedTest
    @MethodSource("otherValues")
    void shouldReportFieldWhenTextDoesNotSpellTheValue(String text, Object value) {
        assertBothWays(map("n", text), map("n", value), Outcome.FIELD, "n");
    }

    @Test
    void shouldReportFieldWhenNumberFacesBoolean() {
        assertBothWays(map("n", 1L), map("n", true), Outcome.FIELD, "n");
    }

    @Test
    void shouldReportFieldWithAllPathsWhenATypeDifferenceComesWithAValueDifference() {
        assertBothWays(map("a", "42", "b", 1L), map("a", 42L, "b", 2L), Outcome.FIELD, "a", "b");
    }

    @Test
    void shouldReportTypeAtTheIndexWhenANonSetArrayElementIsSpelledAsText() {
        assertBothWays(map("streams", list(1L, "2")), map("streams", list(1L, 2L)), Outcome.TYPE, "streams.1");
    }

    @Test
    void shouldMatchWhenDateAndInstantAreTheSameInstant() {
        assertBothWays(map("at", Date.from(AT)), map("at", AT), Outcome.MATCH);
    }

    @Test
    void shouldMatchWhenAnIsoStringFacesTheSameInstant() {
        assertBothWays(map("at", "2024-05-01T10:15:30Z"), map("at", AT), Outcome.MATCH);
        assertBothWays(map("at", "2024-05-01T12:15:30.000+02:00"), map("at", Date.from(AT)), Outcome.MATCH);
    }

    @Test
    void shouldReportFieldWhenInstantsDiffer() {
        assertBothWays(map("at", Date.from(AT.plusMillis(1))), map("at", AT), Outcome.FIELD, "at");
        assertBothWays(map("at", "2024-05-01T10:15:31Z"), map("at", AT), Outcome.FIELD, "at");
    }

    @Test
    void shouldReportFieldWhenTextIsNoInstant() {
        assertBothWays(map("at", "2024-05-01"), map("at", AT), Outcome.FIELD, "at");
        assertBothWays(map("at", "not a date, surely no"), map("at", AT), Outcome.FIELD, "at");
        assertBothWays(map("at", AT.toEpochMilli()), map("at", AT), Outcome.FIELD, "at");
    }

    /** Text is compared as text unless an instant faces it: only the stores' temporal types are normalised. */
    @Test
    void shouldReportFieldWhenTwoStringsSpellOneInstantDifferently() {
        assertBothWays(map("at", "2024-05-01T10:15:30Z"), map("at", "2024-05-01T10:15:30.000Z"), Outcome.FIELD, "at");
    }

    @Test
    void shouldMatchWhenASetOfSubDocumentsIsReordered() {
        assertBothWays(map("devices", list(device("d1", "X1"), device("d2", "X2"), device("d3", "X3"))),
                map("devices", list(device("d3", "X3"), device("d1", "X1"), device("d2", "X2"))), Outcome.MATCH);
    }

    @Test
    void shouldMatchWhenASetOfReferencesIsReordered() {
        Map<String, Object> control = map("binIds", list("b1", "b2", "b3"));
        Map<String, Object> candidate = map("binIds", list("b3", "b1", "b2"));

        assertThat(diff.compare(DEVICES, doc(control), doc(candidate))).isEqualTo(Difference.match());
        assertThat(diff.compare(DEVICES, doc(candidate), doc(control))).isEqualTo(Difference.match());
    }

    @Test
    void shouldMatchWhenSetElementsAreNormalisedMaps() {
        assertBothWays(map("devices", list(map("id", "d1", "batteryPct", 80, "since", Date.from(AT)), device("d2", "X2"))),
                map("devices", list(device("d2", "X2"), map("since", AT, "batteryPct", 80.0, "id", "d1"))),
                Outcome.MATCH);
    }

    @Test
    void shouldReportFieldAtTheSetPathWhenOneSetElementChanged() {
        assertBothWays(map("devices", list(device("d1", "X1"), device("d2", "X2"), device("d3", "X3"))),
                map("devices", list(device("d3", "X3"), device("d1", "X1"), device("d2", "X9"))),
                Outcome.FIELD, "devices");
    }

    @Test
    void shouldReportFieldWhenSetsHoldTheSameElementsInOtherMultiplicities() {
        assertBothWays(map("devices", list(device("d1", "X1"), device("d1", "X1"), device("d2", "X2"))),
                map("devices", list(device("d1", "X1"), device("d2", "X2"), device("d2", "X2"))),
                Outcome.FIELD, "devices");
    }

    @Test
    void shouldReportFieldWhenSetLengthsDiffer() {
        assertBothWays(map("devices", list(device("d1", "X1"), device("d2", "X2"))),
                map("devices", list(device("d2", "X2"))), Outcome.FIELD, "devices");
    }

    @Test
    void shouldReportTypeAtTheSetPathWhenASetElementIsSpelledAsText() {
        assertBothWays(map("devices", list(device("d1", "X1"), map("id", "d2", "batteryPct", 80L))),
                map("devices", list(map("id", "d2", "batteryPct", "80"), device("d1", "X1"))),
                Outcome.TYPE, "devices");
    }

    /** Pairing a with c first would leave b with d, which differ; only a-d, b-c pairs all at TYPE. */
    @Test
    void shouldReportTypeWhenOnlyAnExactPairingOfSetElementsFindsOne() {
        Map<String, Object> a = map("x", 1L, "y", 2L);
        Map<String, Object> b = map("x", "1", "y", 2L);
        Map<String, Object> c = map("x", "1", "y", "2");
        Map<String, Object> d = map("x", "1.0", "y", 2L);

        assertBothWays(map("devices", list(a, b)), map("devices", list(c, d)), Outcome.TYPE, "devices");
    }

    @Test
    void shouldClassifyLargeSetsThatDifferEverywhere() {
        List<Object> numbers = LongStream.range(0, 200).<Object>mapToObj(i -> i).toList();
        List<Object> texts = new ArrayList<>(numbers.stream().map(String::valueOf).toList());
        Collections.reverse(texts);
        List<Object> others = new ArrayList<>(texts);
        others.set(0, "1000");

        assertBothWays(map("devices", numbers), map("devices", texts), Outcome.TYPE, "devices");
        assertBothWays(map("devices", numbers), map("devices", others), Outcome.FIELD, "devices");
    }

    @Test
    void shouldReportArrayOrderAtTheSetPathWhenAnOrderedArrayInsideASetElementIsReordered() {
        assertBothWays(map("devices", list(map("id", "d1", "tags", list("a", "b")), device("d2", "X2"))),
                map("devices", list(device("d2", "X2"), map("id", "d1", "tags", list("b", "a")))),
                Outcome.ARRAY_ORDER, "devices");
    }

    @Test
    void shouldReportArrayOrderWhenANonSetArrayIsReordered() {
        assertBothWays(map("readings", list(reading("r1", 1L), reading("r2", 2L), reading("r3", 3L))),
                map("readings", list(reading("r2", 2L), reading("r1", 1L), reading("r3", 3L))),
                Outcome.ARRAY_ORDER, "readings");
    }

    @Test
    void shouldReportArrayOrderWhenAReferenceListNotDeclaredASetIsReordered() {
        Map<String, Object> control = map("binIds", list("b1", "b2"));
        Map<String, Object> candidate = map("binIds", list("b2", "b1"));

        assertThat(diff.compare(SITES, doc(control), doc(candidate)))
                .isEqualTo(new Difference(Outcome.ARRAY_ORDER, List.of("binIds")));
    }

    @Test
    void shouldReportIndexedPathsWhenNonSetArrayElementsDiffer() {
        assertBothWays(map("readings", list(reading("r1", 1L), reading("r2", 2L))),
                map("readings", list(reading("r1", 1L), reading("r2", 5L))), Outcome.FIELD, "readings.1.value");
    }

    @Test
    void shouldReportFieldAtTheArrayPathWhenNonSetLengthsDiffer() {
        assertBothWays(map("readings", list(reading("r1", 1L), reading("r2", 2L))),
                map("readings", list(reading("r1", 1L))), Outcome.FIELD, "readings");
    }

    @Test
    void shouldReportFieldWhenANonSetArrayIsReorderedAndAnotherFieldDiffers() {
        assertBothWays(map("streams", list("glass", "paper"), "fillLevel", 10L),
                map("streams", list("paper", "glass"), "fillLevel", 20L), Outcome.FIELD, "fillLevel", "streams");
    }

    @Test
    void shouldReportTypeWhenANonSetArrayIsReorderedAndAnotherFieldIsSpelledAsText() {
        assertBothWays(map("streams", list("glass", "paper"), "fillLevel", 10L),
                map("streams", list("paper", "glass"), "fillLevel", "10"), Outcome.TYPE, "fillLevel", "streams");
    }

    @Test
    void shouldReportIndexesNotOrderWhenReorderedElementsAlsoDiffer() {
        assertBothWays(map("streams", list("glass", "paper")), map("streams", list("paper", "metal")),
                Outcome.FIELD, "streams.0", "streams.1");
    }

    @Test
    void shouldSortIndexedPathsNumerically() {
        List<Object> control = new ArrayList<>(LongStream.range(0, 12).boxed().toList());
        List<Object> candidate = new ArrayList<>(control);
        candidate.set(2, 99L);
        candidate.set(10, 98L);

        assertBothWays(map("streams", control, "b", 1L), map("streams", candidate, "b", 2L),
                Outcome.FIELD, "b", "streams.2", "streams.10");
    }

    @Test
    void shouldMatchWhenOnlyAnIgnoredTopLevelFieldDiffers() {
        assertIgnoringBothWays(map("a", 1L, "lastEmptiedAt", AT), map("a", 1L, "lastEmptiedAt", AT.plusSeconds(9)));
        assertIgnoringBothWays(map("a", 1L, "lastEmptiedAt", AT), map("a", 1L));
    }

    @Test
    void shouldMatchWhenOnlyAnIgnoredFieldInANestedMapDiffers() {
        assertIgnoringBothWays(map("site", map("id", "s1", "city", "Bern")), map("site", map("id", "s1")));
    }

    @Test
    void shouldMatchWhenOnlyAnIgnoredFieldInsideReorderedSetElementsDiffers() {
        assertIgnoringBothWays(
                map("devices", list(map("id", "d1", "batteryPct", 80L), map("id", "d2", "batteryPct", 70L))),
                map("devices", list(map("id", "d2", "batteryPct", 10L), map("id", "d1"))));
    }

    @Test
    void shouldMatchWhenOnlyAnIgnoredFieldInsideNonSetElementsDiffers() {
        assertIgnoringBothWays(map("readings", list(map("id", "r1", "at", AT), map("id", "r2", "at", AT))),
                map("readings", list(map("id", "r1", "at", "later"), map("id", "r2"))));
    }

    @Test
    void shouldStillReportFieldsNextToIgnoredOnes() {
        Difference found = ignoring.compare(BINS, doc(map("devices", list(map("id", "d1", "model", "X1", "batteryPct", 1L)))),
                doc(map("devices", list(map("id", "d1", "model", "X2", "batteryPct", 2L)))));

        assertThat(found).isEqualTo(new Difference(Outcome.FIELD, List.of("devices")));
    }

    @Test
    void shouldNotIgnoreTheSamePathInAnotherCollection() {
        DocumentDiff ignoringDevices = new DocumentDiff(MAPPING, List.of("devices.batteryPct"));

        assertThat(ignoringDevices.compare(BINS, doc(map("batteryPct", 1L)), doc(map("batteryPct", 2L))))
                .isEqualTo(new Difference(Outcome.FIELD, List.of("batteryPct")));
        assertThat(ignoringDevices.compare(DEVICES, doc(map("batteryPct", 1L)), doc(map("batteryPct", 2L))))
                .isEqualTo(Difference.match());
    }

    @Test
    void shouldIgnoreBatteryLevelsWhenComparingBinsOfTheShippedFleetMapping() throws IOException {
        Mapping fleet = MappingLoader.parse(Files.readString(Path.of("migrations/fleet.yaml")), "fleet.yaml");
        DocumentDiff fleetDiff = new DocumentDiff(fleet, List.of("bins.devices.batteryPct"));
        CollectionMapping bins = fleet.collection("bins").orElseThrow();

        Difference found = fleetDiff.compare(bins,
                doc(map("devices", list(map("id", "d1", "batteryPct", 5L), map("id", "d2", "batteryPct", 6L)))),
                doc(map("devices", list(map("id", "d2", "batteryPct", 7), map("id", "d1", "batteryPct", 8.0)))));

        assertThat(found).isEqualTo(Difference.match());
    }

    @Test
    void shouldAcceptValidIgnoredPaths() {
        assertThatCode(() -> new DocumentDiff(MAPPING, List.of("bins.a", "bins.devices.since", "sites.binIds")))
                .doesNotThrowAnyException();
        assertThatCode(() -> new DocumentDiff(MAPPING, null)).doesNotThrowAnyException();
    }

    @Test
    void shouldReportEveryInvalidIgnoredPathAtOnce() {
        List<String> entries = Arrays.asList("bins.fine", "bns.x", "bins", "bins.", "bins..x",
                "bins.devices.2.model", "", null, "nothing");

        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> new DocumentDiff(MAPPING, entries));

        assertThat(e.getMessage()).startsWith("8 invalid graph2doc.read.compare.ignored-paths entries").contains(
                "graph2doc.read.compare.ignored-paths[1] 'bns.x': no collection 'bns' in the mapping"
                        + " (collections: bins, devices, sites); did you mean 'bins'?",
                "ignored-paths[2] 'bins': names collection 'bins' but no field in it; write 'bins.<dotted field path>'",
                "ignored-paths[3] 'bins.': names collection 'bins' but no field in it",
                "ignored-paths[4] 'bins..x': has an empty segment",
                "ignored-paths[5] 'bins.devices.2.model': segment '2' looks like an array index; leave indexes out"
                        + " (a path applies to every element of an array): 'bins.devices.model'",
                "ignored-paths[6] '': is empty",
                "ignored-paths[7] null: is empty",
                "ignored-paths[8] 'nothing': no collection 'nothing' in the mapping (collections: bins, devices,"
                        + " sites); start the entry with one of them")
                .doesNotContain("[0]");
    }

    @Test
    void shouldUseTheDeclaredSetsOfACollectionFromAnotherMappingInstance() {
        CollectionMapping elsewhere = new CollectionMapping("tags", "Tag", "id", Fields.ALL, List.of(),
                List.of(new Reference("binIds", "TAGS", Direction.OUT, "Bin", true)), List.of());

        Difference found = diff.compare(elsewhere, doc(map("binIds", list("b1", "b2"))), doc(map("binIds", list("b2", "b1"))));

        assertThat(found).isEqualTo(Difference.match());
    }

    /** The comparison is symmetric: swapping control and candidate gives the same outcome and paths. */
    private void assertBothWays(Map<String, Object> a, Map<String, Object> b, Outcome outcome, String... paths) {
        Difference expected = new Difference(outcome, List.of(paths));
        assertThat(diff.compare(BINS, doc(a), doc(b))).as("control %s, candidate %s", a, b).isEqualTo(expected);
        assertThat(diff.compare(BINS, doc(b), doc(a))).as("control %s, candidate %s", b, a).isEqualTo(expected);
    }

    private void assertIgnoringBothWays(Map<String, Object> a, Map<String, Object> b) {
        assertThat(ignoring.compare(BINS, doc(a), doc(b))).isEqualTo(Difference.match());
        assertThat(ignoring.compare(BINS, doc(b), doc(a))).isEqualTo(Difference.match());
    }

    private static DocumentView doc(Map<String, Object> body) {
        return new DocumentView("bins", "b1", 1, body);
    }

    private static Map<String, Object> device(String id, String model) {
        return map("id", id, "model", model, "batteryPct", 80L, "since", AT);
    }

    private static Map<String, Object> reading(String id, long value) {
        return map("id", id, "value", value);
    }

    /** A body from key-value pairs, nulls allowed (Map.of refuses them), in the given key order. */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }
}
