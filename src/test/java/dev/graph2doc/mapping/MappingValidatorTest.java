package dev.graph2doc.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.graph2doc.mapping.GraphSchema.DuplicateKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingValidatorTest {

    private static final String FLEETISH = """
            tenant: { property: customerId }
            target: { layout: database-per-tenant }
            collections:
              - name: bins
                root: Bin
                key: id
                fields: [id, capacityLitres]
                embed:
                  - { field: devices, rel: MONITORS, direction: in, target: Device, fields: [id], relFields: [since] }
              - name: devices
                root: Device
                key: id
            """;

    private static final Set<String> LABELS = Set.of("Bin", "Device", "Reading");
    private static final Set<String> TYPES = Set.of("MONITORS", "REPORTED");
    private static final Set<String> KEYS = Set.of("customerId", "id", "capacityLitres", "since");

    @TempDir
    Path dir;

    @Test
    void shouldLoadCleanWhenTheGraphHasEveryName() throws IOException {
        Mapping mapping = MappingLoader.load(write(FLEETISH), FakeGraphSchema.of(LABELS, TYPES, KEYS));

        assertThat(mapping.collections()).hasSize(2);
        assertThat(mapping.source()).endsWith("m.yaml");
    }

    @Test
    void shouldSkipGraphChecksWhenTheGraphIsEmpty() throws IOException {
        String unknownNames = FLEETISH.replace("Bin", "Bucket").replace("MONITORS", "WATCHES");

        assertThat(MappingLoader.load(write(unknownNames), FakeGraphSchema.empty()).collections()).hasSize(2);
    }

    @Test
    void shouldSuggestGraphNamesWhenLabelsTypesOrPropertiesAreUnknown() throws IOException {
        String yaml = FLEETISH.replace("root: Bin", "root: Bim").replace("target: Device", "target: Device")
                .replace("rel: MONITORS", "rel: MONITOR").replace("capacityLitres", "capacityLiters")
                .replace("relFields: [since]", "relFields: [sence]").replace("customerId", "customerID");

        assertThat(problems(yaml, FakeGraphSchema.of(LABELS, TYPES, KEYS))).containsExactly(
                "m.yaml:1 tenant.property: tenant property 'customerID' is not in the graph — did you mean 'customerId'?",
                "m.yaml:5 collections[0].root: label 'Bim' is not in the graph — did you mean 'Bin'?",
                "m.yaml:7 collections[0].fields[1]: property 'capacityLiters' is not in the graph — did you mean 'capacityLitres'?",
                "m.yaml:9 collections[0].embed[0].rel: relationship type 'MONITOR' is not in the graph — did you mean 'MONITORS'?",
                "m.yaml:9 collections[0].embed[0].relFields[0]: property 'sence' is not in the graph — did you mean 'since'?");
    }

    @Test
    void shouldReportUnknownKeyPropertyWithoutQueryingItsUniqueness() throws IOException {
        FakeGraphSchema schema = FakeGraphSchema.of(LABELS, TYPES, KEYS)
                .withDuplicates("Device", new DuplicateKey("acme", "d-1", 2));

        assertThat(problems(FLEETISH.replace("root: Device\n    key: id", "root: Device\n    key: serial"), schema))
                .containsExactly("m.yaml:12 collections[1].key: property 'serial' is not in the graph");
    }

    @Test
    void shouldShowUpToThreeExamplesWhenKeysRepeatWithinATenant() throws IOException {
        FakeGraphSchema schema = FakeGraphSchema.of(LABELS, TYPES, KEYS).withDuplicates("Bin",
                new DuplicateKey("acme", "b-1", 3), new DuplicateKey("globex", "b-2", 2),
                new DuplicateKey(null, "b-3", 2), new DuplicateKey("acme", "b-4", 2));

        assertThat(problems(FLEETISH, schema)).containsExactly("m.yaml:6 collections[0].key: key 'id' is not unique "
                + "among Bin nodes of one tenant: 'b-1' on 3 nodes of tenant 'acme', 'b-2' on 2 nodes of tenant "
                + "'globex', 'b-3' on 2 nodes without a tenant — choose a key that is unique within a tenant, or fix the data");
    }

    @Test
    void shouldNameTheFixedTenantWhenKeysRepeatInASingleTenantGraph() throws IOException {
        FakeGraphSchema schema = FakeGraphSchema.of(LABELS, TYPES, KEYS)
                .withDuplicates("Device", new DuplicateKey(null, "d-1", 2));

        assertThat(problems(FLEETISH.replace("{ property: customerId }", "{ fixed: solo }"), schema))
                .singleElement().asString().contains("'d-1' on 2 nodes of tenant 'solo'");
    }

    @Test
    void shouldCountNodesWithoutTheKeyWhenSomeLackIt() throws IOException {
        FakeGraphSchema schema = FakeGraphSchema.of(LABELS, TYPES, KEYS).withNodesWithoutKey("Device", 7);

        assertThat(problems(FLEETISH, schema)).containsExactly("m.yaml:12 collections[1].key: 7 Device node(s) have "
                + "no 'id' property — set it on them (each document is found by its key), or choose another key");
    }

    @Test
    void shouldSuggestAddingACollectionWhenATargetLabelExistsInTheGraph() throws IOException {
        String yaml = FLEETISH + """
                    references:
                      - { field: readingIds, rel: REPORTED, direction: out, target: Reading }
                """;

        assertThat(problems(yaml, FakeGraphSchema.of(LABELS, TYPES, KEYS))).containsExactly(
                "m.yaml:14 collections[1].references[0].target: label 'Reading' is not the root of any collection — "
                        + "add a collection with root: Reading");
    }

    private List<String> problems(String yaml, FakeGraphSchema schema) throws IOException {
        Path file = write(yaml);
        MappingException thrown = catchThrowableOfType(MappingException.class, () -> MappingLoader.load(file, schema));
        assertThat(thrown).as("expected problems").isNotNull();
        return thrown.problems().stream().map(p -> p.format().replace(dir.toString() + "/", "")).toList();
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("m.yaml"), yaml);
    }
}
