package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MutationReaderTest {

    private final MutationReader reader = new MutationReader(fleet(), 3);

    @Test
    void shouldReadEachOperationWithCanonicalValuesWhenTheBatchIsValid() {
        List<Mutation> mutations = reader.read("acme", """
                {"mutations":[
                  {"op":"upsertNode","label":"Device","key":"d-1","properties":{"batteryPct":7,"model":null,"tags":[1,2.5]}},
                  {"op":"link","type":"MONITORS","from":{"label":"Device","key":"d-1"},"to":{"label":"Bin","key":"b-1"},"properties":{"since":"2026"}},
                  {"op":"deleteNode","label":"Reading","key":"r-1","tenant":"acme"}]}""");

        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("batteryPct", 7L);
        expected.put("model", null);
        expected.put("tags", List.of(1.0, 2.5));
        assertThat(mutations).containsExactly(
                new Mutation.UpsertNode(new NodeRef("Device", "d-1"), expected),
                new Mutation.Link("MONITORS", new NodeRef("Device", "d-1"), new NodeRef("Bin", "b-1"), Map.of("since", "2026")),
                new Mutation.DeleteNode(new NodeRef("Reading", "r-1")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown op          | {"op":"merge","label":"Device","key":"d"}                                   | unknown op 'merge': use one of [deleteNode, link, unlink, upsertNode]
            unknown label       | {"op":"deleteNode","label":"Devise","key":"d"}                              | unknown label 'Devise': writable labels are [Bin, Customer, Device, Reading, Site] — did you mean 'Device'?
            injected label      | {"op":"deleteNode","label":"Device` {x:1}) DETACH DELETE (n","key":"d"}     | unknown label 'Device` {x:1}) DETACH DELETE (n': writable labels are
            unknown property    | {"op":"upsertNode","label":"Bin","key":"b","properties":{"fillLevl":1}}     | unknown property 'fillLevl' of Bin: mapped properties are [id, capacityLitres, fillLevel, location, installedAt, lastEmptiedAt, smart, streams, alertThresholds] — did you mean 'fillLevel'?
            dollar property     | {"op":"upsertNode","label":"Device","key":"d","properties":{"$set":1}}      | unknown property '$set' of Device: property names are letters, digits and '_', starting with a letter
            dotted property     | {"op":"upsertNode","label":"Device","key":"d","properties":{"a.b":1}}       | unknown property 'a.b' of Device
            internal property   | {"op":"upsertNode","label":"Device","key":"d","properties":{"_g2dVersion":1}} | unknown property '_g2dVersion' of Device
            tenant property     | {"op":"upsertNode","label":"Device","key":"d","properties":{"customerId":"globex"}} | 'customerId' is the tenant property: it is set from the request path, never from the body
            foreign tenant      | {"op":"deleteNode","label":"Device","key":"d","tenant":"globex"}            | addresses tenant 'globex' in a request for tenant 'acme': a request writes its own tenant's nodes only
            re-keying           | {"op":"upsertNode","label":"Device","key":"d","properties":{"id":"e"}}      | property 'id' is the key of Device 'd' and cannot change
            object value        | {"op":"upsertNode","label":"Device","key":"d","properties":{"model":{"a":1}}} | property 'model' is an object; property values are strings, numbers, booleans or lists of one of those
            mixed list          | {"op":"upsertNode","label":"Device","key":"d","properties":{"model":["a",1]}} | property 'model' mixes value types
            empty key           | {"op":"deleteNode","label":"Device","key":""}                               | the key of Device must be a non-empty string
            NUL in key          | {"op":"deleteNode","label":"Device","key":"a\\u0000b"}                      | the key of Device must be a non-empty string of at most 512 characters without NUL
            unmapped relation   | {"op":"link","type":"MONITORS","from":{"label":"Bin","key":"b"},"to":{"label":"Device","key":"d"}} | relationship (:Bin)-[:MONITORS]->(:Device) is not in the mapping
            unknown rel prop    | {"op":"link","type":"MONITORS","from":{"label":"Device","key":"d"},"to":{"label":"Bin","key":"b"},"properties":{"x":1}} | unknown property 'x' of MONITORS relationships: mapped properties are [since]
            unexpected field    | {"op":"deleteNode","label":"Device","key":"d","properties":{}}              | unexpected field 'properties'
            """)
    void shouldRefuseTheBatchNamingTheProblemWhenAMutationIsInvalid(String row, String mutation, String message) {
        String body = "{\"mutations\":[{\"op\":\"deleteNode\",\"label\":\"Device\",\"key\":\"ok\"}," + mutation + "]}";

        assertThatThrownBy(() -> reader.read("acme", body)).isInstanceOfSatisfying(MutationRejectedException.class,
                e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).index()).isEqualTo(1);
                    assertThat(e.problems().get(0).reason()).startsWith(message.strip());
                });
    }

    @Test
    void shouldListEveryInvalidMutationWhenSeveralAreInvalid() {
        assertThatThrownBy(() -> reader.read("acme", """
                {"mutations":[{"op":"x"},{"op":"deleteNode","label":"Device","key":"ok"},{"op":"deleteNode","label":"Nope","key":"k"}]}"""))
                .isInstanceOfSatisfying(MutationRejectedException.class, e -> assertThat(e.problems())
                        .extracting(MutationProblem::index).containsExactly(0, 2));
    }

    @Test
    void shouldRefuseOversizedBatchesAndBodiesThatAreNotABatch() {
        String four = "{\"mutations\":[" + String.join(",", java.util.Collections.nCopies(4,
                "{\"op\":\"deleteNode\",\"label\":\"Device\",\"key\":\"d\"}")) + "]}";
        assertThatThrownBy(() -> reader.read("acme", four)).isInstanceOf(BatchTooLargeException.class)
                .hasMessage("the batch holds 4 mutations; the limit is 3 (graph2doc.write.max-batch): split it into smaller batches");
        assertThatThrownBy(() -> reader.read("acme", "{\"mutations\":[")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed JSON: ");
        assertThatThrownBy(() -> reader.read("acme", "[1]")).hasMessage("the body must be a JSON object {\"mutations\": [...]}");
        assertThatThrownBy(() -> reader.read("acme", "{\"mutations\":[]}")).hasMessageContaining("'mutations' is empty");
        assertThatThrownBy(() -> reader.read("acme", "{\"mutations\":[" + "[".repeat(100) + "]".repeat(100) + "]}"))
                .hasMessageStartingWith("malformed JSON: Document nesting depth");
    }

    private static Mapping fleet() {
        try {
            return MappingLoader.parse(Files.readString(Path.of("migrations/fleet.yaml")), "migrations/fleet.yaml");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
