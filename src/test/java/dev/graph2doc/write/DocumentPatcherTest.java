package dev.graph2doc.write;

import dev.graph2doc.mapping.KeyOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each mutation kind against each shape of the shipped fleet mapping, and a self-relationship; bodies compared in order. */
class DocumentPatcherTest {

    private static final NodeRef BIN = new NodeRef("Bin", "b-1");
    private static final NodeRef SITE = new NodeRef("Site", "s-2");
    private static final NodeRef D1 = new NodeRef("Device", "d-1");
    private static final NodeRef D2 = new NodeRef("Device", "d-2");

    private final Mapping fleet = fleet();
    private PatchScript script;

    @BeforeEach
    void stores() {
        script = new PatchScript(fleet, DocumentPatcher.Mode.AFTER_GRAPH, "acme");
    }

    @Test
    void shouldCreateARootWithListedFieldsInOrderAndEmptyEmbedsWhenTheNodeIsNew() {
        script.run(upsert(BIN, props("fillLevel", 0.5, "capacityLitres", 240L, "colour", "green")));

        assertThat(List.copyOf(script.doc("bins", "b-1").keySet()))
                .containsExactly("id", "capacityLitres", "fillLevel", "site", "devices");
        assertThat(script.doc("bins", "b-1")).containsEntry("capacityLitres", 240L).containsEntry("site", null)
                .containsEntry("devices", List.of());
    }

    @Test
    void shouldSortAllFieldsWithTheTenantPropertyWhenTheCollectionTakesAll() {
        script.run(upsert(D1, props("model", "X", "active", true)));

        assertThat(List.copyOf(script.doc("devices", "d-1").keySet()))
                .containsExactly("active", "customerId", "id", "model", "binIds");
        assertThat(script.doc("devices", "d-1")).containsEntry("customerId", "acme");
    }

    @Test
    void shouldMergePropertiesAndRemoveNullsWhenTheNodeExists() {
        script.run(upsert(D1, props("model", "X", "batteryPct", 80L)), upsert(D1, props("model", null, "active", false)));

        assertThat(script.doc("devices", "d-1")).containsOnlyKeys("active", "batteryPct", "customerId", "id", "binIds")
                .containsEntry("batteryPct", 80L).containsEntry("active", false);
    }

    @Test
    void shouldEmbedArrayItemsInKeyOrderWithRelFieldsWhenLinkedIn() {
        script.run(upsert(BIN, props()), upsert(D2, props("model", "B")), upsert(D1, props("model", "A", "firmware", "1")),
                link("MONITORS", D2, BIN, props("since", 2020L, "by", "x")), link("MONITORS", D1, BIN, props()));

        assertThat(script.doc("bins", "b-1").get("devices")).isEqualTo(List.of(
                Map.of("id", "d-1", "model", "A"), Map.of("id", "d-2", "model", "B", "since", 2020L)));
        assertThat(entries(item(script.doc("bins", "b-1"), "devices", 1)))
                .containsExactly(Map.entry("id", "d-2"), Map.entry("model", "B"), Map.entry("since", 2020L));
        assertThat(script.doc("devices", "d-2").get("binIds")).isEqualTo(List.of("b-1"));
    }

    @Test
    void shouldMergeRelationshipPropertiesWhenLinkedAgain() {
        script.run(upsert(BIN, props()), upsert(D1, props()), link("MONITORS", D1, BIN, props("since", 2020L)),
                link("MONITORS", D1, BIN, props("since", null)));

        assertThat(script.doc("bins", "b-1").get("devices")).isEqualTo(List.of(Map.of("id", "d-1")));
        assertThat(script.doc("devices", "d-1").get("binIds")).isEqualTo(List.of("b-1"));
    }

    @Test
    void shouldKeepReferenceKeysSortedAndDistinct() {
        NodeRef b0 = new NodeRef("Bin", "b-0");
        script.run(upsert(BIN, props()), upsert(b0, props()), upsert(D1, props()), link("MONITORS", D1, BIN, props()),
                link("MONITORS", D1, b0, props()), link("MONITORS", D1, BIN, props()));

        assertThat(script.doc("devices", "d-1").get("binIds")).isEqualTo(List.of("b-0", "b-1"));
    }

    @Test
    void shouldShowTheSmallestKeyedNeighbourWhenAnObjectEmbedGetsSeveral() {
        NodeRef s1 = new NodeRef("Site", "s-1");
        NodeRef s3 = new NodeRef("Site", "s-3");
        script.run(upsert(BIN, props()), upsert(SITE, props("name", "Two", "city", "Bern")), upsert(s1, props("name", "One")),
                upsert(s3, props("name", "Three")), link("HAS_BIN", SITE, BIN, props("position", 2L)));
        assertThat(script.doc("bins", "b-1").get("site"))
                .isEqualTo(Map.of("id", "s-2", "name", "Two", "city", "Bern", "position", 2L));

        script.run(link("HAS_BIN", s3, BIN, props()));
        assertThat(script.doc("bins", "b-1").get("site")).isEqualTo(Map.of("id", "s-2", "name", "Two", "city", "Bern",
                "position", 2L));
        script.run(link("HAS_BIN", s1, BIN, props()));
        assertThat(script.doc("bins", "b-1").get("site")).isEqualTo(Map.of("id", "s-1", "name", "One"));
        assertThat(script.doc("sites", "s-1").get("binIds")).isEqualTo(List.of("b-1"));
    }

    @Test
    void shouldRefuseUnlinkingTheShownObjectNeighbourWhenTheGraphMayHoldOthers() {
        script.run(upsert(BIN, props()), upsert(SITE, props()), link("HAS_BIN", SITE, BIN, props()));

        assertThatThrownBy(() -> script.run(unlink("HAS_BIN", SITE, BIN)))
                .isInstanceOf(NotExpressibleException.class).hasMessageContaining("Site 's-2'");
    }

    @Test
    void shouldTreatObjectEmbedsAsToOneWhenMongoIsPrimary() {
        script = new PatchScript(fleet, DocumentPatcher.Mode.PRIMARY, "acme");
        script.run(upsert(BIN, props()), upsert(SITE, props()), upsert(new NodeRef("Site", "s-1"), props()),
                link("HAS_BIN", SITE, BIN, props()));

        assertThatThrownBy(() -> script.run(link("HAS_BIN", new NodeRef("Site", "s-1"), BIN, props())))
                .isInstanceOf(NotExpressibleException.class)
                .hasMessage("embed 'site' is to-one and already holds Site 's-2' — unlink it before linking Site 's-1'");
        script.run(unlink("HAS_BIN", SITE, BIN));
        assertThat(script.doc("bins", "b-1")).containsEntry("site", null);
        assertThat(script.doc("sites", "s-2").get("binIds")).isEqualTo(List.of());
    }

    @Test
    void shouldEmbedAKeyOnlyNeighbourWithoutItsDocumentWhenTheGraphLinkedIt() {
        NodeRef reading = new NodeRef("Reading", "r-1");
        script.run(upsert(reading, props("seq", 1L)), link("REPORTED", D1, reading, props()));

        assertThat(script.doc("devices", "d-1")).isNull();
        assertThat(script.doc("readings", "r-1").get("device")).isEqualTo(Map.of("id", "d-1"));
    }

    @Test
    void shouldStillNeedTheNeighbourDocumentForAKeyOnlyEmbedWhenMongoIsPrimary() {
        script = new PatchScript(fleet, DocumentPatcher.Mode.PRIMARY, "acme");
        NodeRef reading = new NodeRef("Reading", "r-1");
        script.run(upsert(reading, props("seq", 1L)));

        assertThatThrownBy(() -> script.run(link("REPORTED", D1, reading, props())))
                .isInstanceOf(NotExpressibleException.class).hasMessageContaining("Device 'd-1'");
    }

    @Test
    void shouldRemoveArrayItemsAndReferenceKeysWhenUnlinked() {
        script.run(upsert(BIN, props()), upsert(D1, props()), upsert(D2, props()), link("MONITORS", D1, BIN, props()),
                link("MONITORS", D2, BIN, props()), unlink("MONITORS", D1, BIN), unlink("MONITORS", D1, BIN));

        assertThat(script.doc("bins", "b-1").get("devices")).isEqualTo(List.of(Map.of("id", "d-2")));
        assertThat(script.doc("devices", "d-1").get("binIds")).isEqualTo(List.of());
    }

    @Test
    void shouldRefreshEmbeddedItemsButKeepRelFieldsWhenANeighbourChanges() {
        script.run(upsert(BIN, props()), upsert(D1, props("model", "A")), link("MONITORS", D1, BIN, props("since", 1L)),
                upsert(D1, props("model", "B", "batteryPct", 9L)), upsert(D1, props("firmware", "2")));

        assertThat(entries(item(script.doc("bins", "b-1"), "devices", 0))).containsExactly(Map.entry("id", "d-1"),
                Map.entry("model", "B"), Map.entry("batteryPct", 9L), Map.entry("since", 1L));
    }

    @Test
    void shouldRemoveEveryTraceOfADeletedNode() {
        script = new PatchScript(fleet, DocumentPatcher.Mode.PRIMARY, "acme");
        script.run(upsert(BIN, props()), upsert(SITE, props()), upsert(D1, props()), link("MONITORS", D1, BIN, props()),
                link("HAS_BIN", SITE, BIN, props()), delete(D1), delete(SITE));

        assertThat(script.doc("devices", "d-1")).isNull();
        assertThat(script.doc("bins", "b-1")).containsEntry("devices", List.of()).containsEntry("site", null);
        script.run(delete(BIN));
        assertThat(script.doc("bins", "b-1")).isNull();
    }

    @Test
    void shouldRemoveReferenceKeysWhenTheReferencedNodeIsDeleted() {
        script.run(upsert(BIN, props()), upsert(D1, props()), link("MONITORS", D1, BIN, props()), delete(BIN));

        assertThat(script.doc("devices", "d-1").get("binIds")).isEqualTo(List.of());
    }

    @Test
    void shouldShowASelfRelationshipOnBothSidesOfOneDocument() throws IOException {
        Mapping people = MappingLoader.parse("""
                tenant: { fixed: solo }
                target: { layout: database-per-tenant }
                collections:
                  - name: people
                    root: Person
                    key: name
                    embed:
                      - { field: knows, rel: KNOWS, direction: out, target: Person, fields: [name], relFields: [since] }
                    references:
                      - { field: knownBy, rel: KNOWS, direction: in, target: Person }
                """, "people.yaml");
        script = new PatchScript(people, DocumentPatcher.Mode.AFTER_GRAPH, "solo");
        NodeRef ann = new NodeRef("Person", "Ann");
        script.run(upsert(ann, props("born", 1990L)), link("KNOWS", ann, ann, props("since", 1999L)));

        assertThat(script.doc("people", "Ann")).isEqualTo(Map.of("born", 1990L, "name", "Ann",
                "knows", List.of(Map.of("name", "Ann", "since", 1999L)), "knownBy", List.of("Ann")));
        script.run(delete(ann));
        assertThat(script.doc("people", "Ann")).isNull();
    }

    @Test
    void shouldRefuseChangingAKeyOrATenant() {
        assertThatThrownBy(() -> script.run(upsert(D1, props("id", "d-9")))).isInstanceOf(NotExpressibleException.class)
                .hasMessageContaining("sets its key 'id' to 'd-9'");
        assertThatThrownBy(() -> script.run(upsert(D1, props("customerId", "globex"))))
                .hasMessageContaining("a node stays in tenant 'acme'");
    }

    static Mapping fleet() {
        try {
            return MappingLoader.parse(Files.readString(Path.of("migrations/fleet.yaml")), "fleet.yaml");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> props(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    static Mutation upsert(NodeRef node, Map<String, Object> properties) {
        return new Mutation.UpsertNode(node, properties);
    }

    static Mutation delete(NodeRef node) {
        return new Mutation.DeleteNode(node);
    }

    static Mutation link(String type, NodeRef from, NodeRef to, Map<String, Object> properties) {
        return new Mutation.Link(type, from, to, properties);
    }

    static Mutation unlink(String type, NodeRef from, NodeRef to) {
        return new Mutation.Unlink(type, from, to);
    }

    private static List<Map.Entry<String, Object>> entries(Map<String, Object> body) {
        List<Map.Entry<String, Object>> out = new ArrayList<>();
        body.forEach((k, v) -> out.add(new java.util.AbstractMap.SimpleEntry<>(k, v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> body, String field, int index) {
        return (Map<String, Object>) ((List<Object>) body.get(field)).get(index);
    }

    /** Documents in memory, patched through the fan-out of each mutation: the pure half of a native writer. */
    static final class PatchScript {

        private final Mapping mapping;
        private final DocumentPatcher patcher;
        private final WriteImpact impact;
        private final String tenant;
        private final Map<String, Map<Object, Map<String, Object>>> documents = new HashMap<>();

        PatchScript(Mapping mapping, DocumentPatcher.Mode mode, String tenant) {
            this.mapping = mapping;
            this.patcher = new DocumentPatcher(mapping, mode);
            this.impact = new WriteImpact(mapping);
            this.tenant = tenant;
        }

        void run(Mutation... mutations) {
            for (Mutation mutation : mutations) {
                for (Touch touch : impact.of(mutation)) {
                    for (Object key : keys(touch)) {
                        Map<String, Object> body = doc(touch.collection().name(), key);
                        put(touch.collection().name(), key, patcher.apply(tenant, touch, mutation, body, this::root));
                    }
                }
            }
        }

        private List<Object> keys(Touch touch) {
            if (touch instanceof Touch.Root root) {
                return List.of(root.node().key());
            }
            return List.copyOf(documents.getOrDefault(touch.collection().name(), Map.of()).keySet());
        }

        private Optional<Map<String, Object>> root(NodeRef node) {
            return mapping.rootedAt(node.label()).map(c -> doc(c.name(), node.key()));
        }

        Map<String, Object> doc(String collection, Object key) {
            return documents.getOrDefault(collection, Map.of()).get(key);
        }

        private void put(String collection, Object key, Map<String, Object> body) {
            Map<Object, Map<String, Object>> docs = documents.computeIfAbsent(collection, c -> new HashMap<>());
            if (body == null) {
                docs.remove(key);
            } else {
                docs.put(key, body);
            }
        }
    }
}
