package dev.graph2doc.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingLoaderTest {

    /** A valid mapping; tests break it one line at a time. Line numbers below refer to this text. */
    static final String VALID = """
            tenant: { property: customerId }
            target: { layout: database-per-tenant, databasePrefix: "t_" }
            collections:
              - name: bins
                root: Bin
                key: id
                fields: [id, capacityLitres]
                embed:
                  - { field: devices, rel: MONITORS, direction: in, target: Device, fields: [id, model], relFields: [since] }
              - name: devices
                root: Device
                key: id
                references:
                  - { field: binIds, rel: MONITORS, direction: out, target: Bin }
            """;

    @Test
    void shouldLoadFleetMappingWhenShipped() throws IOException {
        Mapping fleet = MappingLoader.parse(Files.readString(Path.of("migrations/fleet.yaml")), "fleet.yaml");

        assertThat(fleet.tenancy()).isEqualTo(Tenancy.byProperty("customerId"));
        assertThat(fleet.target()).isEqualTo(new Target(Layout.DATABASE_PER_TENANT, "fleet_", null));
        assertThat(fleet.collections()).extracting(CollectionMapping::name)
                .containsExactly("customers", "sites", "bins", "devices", "readings");
        CollectionMapping bins = fleet.collection("bins").orElseThrow();
        assertThat(bins.embeds().get(1)).isEqualTo(new Embed("devices", "MONITORS", Direction.IN, "Device",
                Shape.ARRAY, Fields.of(List.of("id", "model", "batteryPct", "active")), Fields.of(List.of("since")), true));
        assertThat(bins.indexes()).containsExactly(new IndexSpec(List.of("site.id"), false));
        assertThat(fleet.collection("sites").orElseThrow().fields()).isEqualTo(Fields.ALL);
        assertThat(fleet.line("collections[2].embed[1].target")).isEqualTo(28);
        assertThat(fleet.line("collections[2].fields[1]")).isEqualTo(25);
    }

    @Test
    void shouldLoadMoviesMappingWhenShipped() throws IOException {
        Mapping movies = MappingLoader.parse(Files.readString(Path.of("migrations/movies.yaml")), "movies.yaml");

        assertThat(movies.tenancy()).isEqualTo(Tenancy.fixed("movies"));
        assertThat(movies.rootedAt("Person").orElseThrow().key()).isEqualTo("name");
        Embed directors = movies.collection("movies").orElseThrow().embeds().get(1);
        assertThat(directors.relFields()).isEqualTo(Fields.none());
        assertThat(directors.shape()).isEqualTo(Shape.ARRAY);
        assertThat(movies.line("collections[0].embed[1].rel")).isEqualTo(12);
    }

    @Test
    void shouldApplyDefaultsWhenOptionalKeysAreLeftOut() {
        Mapping mapping = MappingLoader.parse("""
                tenant: { fixed: solo }
                target: { layout: database-per-tenant }
                collections:
                  - name: things
                    root: Thing
                    key: id
                    embed: [ { field: parts, rel: HAS, direction: out, target: Thing } ]
                """, "m.yaml");

        assertThat(mapping.target().databasePrefix()).isEqualTo(Target.DEFAULT_PREFIX);
        assertThat(mapping.collections().get(0).fields()).isEqualTo(Fields.ALL);
        assertThat(mapping.collections().get(0).embeds().get(0)).isEqualTo(new Embed("parts", "HAS", Direction.OUT,
                "Thing", Shape.ARRAY, Fields.ALL, Fields.none(), false));
    }

    @Test
    void shouldSuggestTheKnownKeyWhenAKeyIsMisspelt() {
        assertThat(problems(VALID.replace("    embed:", "    embeds:")))
                .contains("m.yaml:8 collections[0].embeds: unknown key 'embeds' — did you mean 'embed'?");
    }

    @Test
    void shouldListAllowedKeysWhenAnUnknownKeyResemblesNone() {
        assertThat(problems(VALID.replace("key: id\n    fields", "key: id\n    colour: red\n    fields")))
                .contains("m.yaml:7 collections[0].colour: unknown key 'colour' — allowed keys here: name, root, key, "
                        + "fields, embed, references, indexes");
    }

    @Test
    void shouldReportWrongTypeWhenAStringStandsForAList() {
        assertThat(problems(VALID.replace("references:\n      - { field: binIds, rel: MONITORS, direction: out, target: Bin }",
                "references: binIds")))
                .containsExactly("m.yaml:13 collections[1].references: expected a list, found 'binIds'");
        assertThat(problems(VALID.replace("fields: [id, capacityLitres]", "fields: id")))
                .containsExactly("m.yaml:7 collections[0].fields: expected \"*\" or a list, found 'id' — write fields: [id]");
        assertThat(problems(VALID.substring(0, VALID.indexOf("  - name: devices")) + "  - devices\n"))
                .contains("m.yaml:10 collections[1]: expected a map with keys name, root, key, fields, embed, "
                        + "references, indexes, found 'devices'");
    }

    @Test
    void shouldListAllowedValuesWhenAnEnumValueIsWrong() {
        assertThat(problems(VALID.replace("direction: in", "direction: sideways")))
                .containsExactly("m.yaml:9 collections[0].embed[0].direction: direction 'sideways' is not one of in, out");
        assertThat(problems(VALID.replace("database-per-tenant", "database-per-tenants")))
                .containsExactly("m.yaml:2 target.layout: layout 'database-per-tenants' is not one of "
                        + "database-per-tenant, shared — did you mean 'database-per-tenant'?");
        assertThat(problems(VALID.replace("target: Bin }", "target: Bin, set: yes please }")))
                .containsExactly("m.yaml:14 collections[1].references[0].set: expected true or false, found 'yes please'");
    }

    @Test
    void shouldReportMissingRequiredKeysAtTheirMap() {
        assertThat(problems(VALID.replace("    root: Device\n    key: id\n", "")))
                .contains("m.yaml:10 collections[1].root: missing required key 'root' — add root: ...",
                        "m.yaml:10 collections[1].key: missing required key 'key' — add key: ...");
        assertThat(problems("tenant: { fixed: x }\ntarget: { layout: shared, database: d }\n"))
                .containsExactly("m.yaml:1 collections: missing required key 'collections' — add collections: ...");
        assertThat(problems(VALID.replace("rel: MONITORS, direction: out, ", "")))
                .containsExactly("m.yaml:14 collections[1].references[0].rel: missing required key 'rel' — add rel: ...",
                        "m.yaml:14 collections[1].references[0].direction: missing required key 'direction' — "
                                + "add direction: in | out");
    }

    @Test
    void shouldPointAtBothLinesWhenAKeyIsRepeated() {
        assertThat(problems(VALID.replace("    key: id\n    fields", "    key: id\n    key: code\n    fields")))
                .containsExactly("m.yaml:7 collections[0].key: key 'key' appears twice (first on line 6) — keep one of them");
    }

    @Test
    void shouldAskForCollectionsWhenTheListIsEmpty() {
        assertThat(problems("tenant: { fixed: x }\ntarget: { layout: shared, database: d }\ncollections: []\n"))
                .containsExactly("m.yaml:3 collections: no collections declared — add at least one: "
                        + "- { name: ..., root: ..., key: ... }");
    }

    @Test
    void shouldAskForAMapWhenTenantIsASingleValue() {
        assertThat(problems(VALID.replace("{ property: customerId }", "customerId")))
                .containsExactly("m.yaml:1 tenant: expected a map with keys property, fixed, found 'customerId'");
    }

    @Test
    void shouldRequireExactlyOneTenantSourceWhenTenantIsDeclared() {
        String both = "m.yaml:1 tenant: has both property and fixed — give exactly one: property: <name> when nodes "
                + "carry their tenant, fixed: <tenant> for a single-tenant graph";
        assertThat(problems(VALID.replace("{ property: customerId }", "{ property: customerId, fixed: acme }")))
                .containsExactly(both);
        assertThat(problems(VALID.replace("{ property: customerId }", "{ }")))
                .containsExactly(both.replace("has both property and fixed", "has neither property nor fixed"));
    }

    @Test
    void shouldRequireADatabaseWhenLayoutIsShared() {
        assertThat(problems(VALID.replace("{ layout: database-per-tenant, databasePrefix: \"t_\" }", "{ layout: shared }")))
                .containsExactly("m.yaml:2 target.database: layout shared needs a database — add database: <name>");
    }

    @Test
    void shouldNameBothCollectionsWhenNamesOrRootsRepeat() {
        String twice = VALID.replace("name: devices\n    root: Device", "name: bins\n    root: Bin");

        assertThat(problems(twice)).contains(
                "m.yaml:10 collections[1].name: collection name 'bins' is already used by collections[0] (line 4) — "
                        + "give each collection its own name",
                "m.yaml:11 collections[1].root: collections 'bins' and 'bins' both have root 'Bin' — a label roots one "
                        + "collection: merge the two, or embed the nodes in another collection instead");
    }

    @Test
    void shouldRefuseCollectionNamesMongoCannotTakeWhenDeclared() {
        assertThat(problems(VALID.replace("name: bins", "name: system.bins")))
                .containsExactly("m.yaml:4 collections[0].name: collection name 'system.bins' must match [A-Za-z0-9_-]+ "
                        + "and not start with 'system.'");
    }

    @Test
    void shouldRefuseReservedDocumentFieldNamesWhenDeclared() {
        String yaml = VALID.replace("fields: [id, capacityLitres]", "fields: [_id, $size, a.b, _g2dVersion]")
                .replace("field: binIds", "field: \"nul\\0here\"");

        assertThat(problems(yaml)).containsExactly(
                "m.yaml:7 collections[0].fields[0]: document field '_id' is reserved: MongoDB keeps the document id "
                        + "there — use another field name",
                "m.yaml:7 collections[0].fields[1]: document field '$size' starts with '$', which MongoDB reserves "
                        + "for operators — use another field name",
                "m.yaml:7 collections[0].fields[2]: document field 'a.b' contains '.', which MongoDB reads as a path "
                        + "into sub-documents — use another field name",
                "m.yaml:7 collections[0].fields[3]: document field '_g2dVersion' starts with '_g2d', which is reserved "
                        + "for graph2doc's internal fields — use another field name",
                "m.yaml:14 collections[1].references[0].field: document field 'nul\\0here' contains a NUL character — "
                        + "use another field name");
    }

    @Test
    void shouldReportDuplicateFieldsWhenTwoDeclarationsShareALevel() {
        String yaml = VALID.replace("fields: [id, capacityLitres]", "fields: [id, devices]")
                .replace("relFields: [since]", "relFields: [model]");

        assertThat(problems(yaml)).containsExactly(
                "m.yaml:9 collections[0].embed[0].field: document field 'devices' is declared twice at this level "
                        + "(also collections[0].fields[1], line 7) — rename one of them",
                "m.yaml:9 collections[0].embed[0].relFields[0]: document field 'model' is declared twice at this "
                        + "level (also collections[0].embed[0].fields[1], line 9) — rename one of them");
    }

    @Test
    void shouldSuggestTheRootWhenATargetIsNoCollectionsRoot() {
        assertThat(problems(VALID.replace("target: Device", "target: Devise")))
                .containsExactly("m.yaml:9 collections[0].embed[0].target: label 'Devise' is not the root of any "
                        + "collection — did you mean 'Device'?");
        assertThat(problems(VALID.replace("target: Bin }", "target: Reading }")))
                .containsExactly("m.yaml:14 collections[1].references[0].target: label 'Reading' is not the root of "
                        + "any collection — use the root of a collection (Bin, Device), or add a collection with root: Reading");
    }

    @Test
    void shouldRefuseIdentifiersCypherCannotTakeSafelyWhenDeclared() {
        String yaml = VALID.replace("root: Bin", "root: \"B`in\"").replace("rel: MONITORS, direction: out", "rel: \"\", direction: out")
                .replace("key: id\n    references", "key: \"i\\0d\"\n    references");

        assertThat(problems(yaml)).containsExactly(
                "m.yaml:5 collections[0].root: label 'B`in' contains a backtick, which graph2doc refuses in Cypher "
                        + "names — rename it in the graph first",
                "m.yaml:12 collections[1].key: property 'i\\0d' contains a NUL character — rename it in the graph first",
                "m.yaml:14 collections[1].references[0].rel: relationship type name is empty — rename it in the graph first",
                "m.yaml:14 collections[1].references[0].target: label 'Bin' is not the root of any collection — "
                        + "did you mean 'B`in'?");
    }

    @Test
    void shouldReportEveryProblemWhenAFileHasSeveral() {
        String yaml = VALID.replace("    embed:", "    embeds:").replace("direction: out", "direction: up")
                .replace("{ property: customerId }", "{ }").replace("name: devices", "name: bins");

        assertThat(problems(yaml)).hasSize(4).anyMatch(p -> p.contains("unknown key 'embeds'"))
                .anyMatch(p -> p.contains("direction 'up'")).anyMatch(p -> p.contains("neither property nor fixed"))
                .anyMatch(p -> p.contains("'bins' is already used"));
    }

    @Test
    void shouldReportTheLineOfTheSyntaxErrorWhenTextIsNotYaml() {
        assertThat(problems("tenant: { fixed: x }\ntarget: [unclosed\ncollections: []\n"))
                .singleElement().asString().startsWith("m.yaml:3: not valid YAML:");
    }

    @Test
    void shouldAskForAMapWhenTopLevelIsAList() {
        assertThat(problems("- tenant\n- target\n"))
                .containsExactly("m.yaml:1: expected a map with keys tenant, target, collections, found a list");
    }

    @Test
    void shouldSayTheFileIsEmptyWhenItHoldsOnlyComments() {
        assertThat(problems("# nothing yet\n")).containsExactly("m.yaml: the file is empty — declare tenant, target and collections");
    }

    @Test
    void shouldNameThePathWhenTheFileIsMissing() {
        MappingException thrown = catchThrowableOfType(MappingException.class,
                () -> MappingLoader.load(Path.of("migrations/nope.yaml"), FakeGraphSchema.empty()));

        assertThat(thrown.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("migrations/nope.yaml");
            assertThat(p.message()).startsWith("mapping file not found (looked at /").endsWith("migrations/nope.yaml)");
        });
    }

    @Test
    void shouldCheckIndexPathsAgainstTheDocumentWhenFieldsAreListed() {
        String yaml = VALID.replace("relFields: [since] }", "relFields: [since] }\n    indexes:\n      - { fields: [device.id, site..id] }");

        assertThat(problems(yaml)).containsExactly(
                "m.yaml:11 collections[0].indexes[0].fields[0]: index path 'device.id' does not start with a field of "
                        + "collection 'bins' — did you mean 'devices'?",
                "m.yaml:11 collections[0].indexes[0].fields[1]: index path 'site..id' is not a document path — write "
                        + "field names joined by dots, e.g. site.id");
    }

    static List<String> problems(String yaml) {
        MappingException thrown = catchThrowableOfType(MappingException.class, () -> MappingLoader.parse(yaml, "m.yaml"));
        assertThat(thrown).as("expected problems in:%n%s", yaml).isNotNull();
        return thrown.problems().stream().map(MappingProblem::format).toList();
    }
}
