package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.Mapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The planners' port, held to one behaviour on every implementation: MongoDB's adapter
 * ({@code MongoStoredDocumentLookupIT}) and the unit tests' in-memory one ({@link InMemoryStoredDocumentsTest}).
 */
public abstract class StoredDocumentLookupContract {

    protected static final Mapping FLEET = DocumentPatcherTest.fleet();
    private static final Touch.Neighbours BINS_SHOWING_D1 = new Touch.Neighbours(FLEET.collection("bins").orElseThrow(),
            "devices", "MONITORS", dev.graph2doc.mapping.Direction.IN, new NodeRef("Device", "d-1"), true);
    private static final Touch.Neighbours DEVICES_REFERENCING_B1 = new Touch.Neighbours(
            FLEET.collection("devices").orElseThrow(), "binIds", "MONITORS", dev.graph2doc.mapping.Direction.OUT,
            new NodeRef("Bin", "b-1"), false);

    /** The lookup over a store holding nothing yet for tenant {@code acme}. */
    protected abstract StoredDocumentLookup lookup();

    /** Stores {@code body} (null: a tombstone) at {@code version} for tenant {@code acme}. */
    protected abstract void put(String collection, Object key, long version, Map<String, Object> body);

    @BeforeEach
    void documents() {
        put("bins", "b-1", 7, Map.of("id", "b-1", "devices", List.of(Map.of("id", "d-1", "model", "m"))));
        put("bins", "b-2", 2, Map.of("id", "b-2", "devices", List.of(Map.of("id", "d-2", "model", "m"))));
        put("bins", "b-3", 4, null);
        put("devices", "d-1", 3, Map.of("id", "d-1", "binIds", List.of("b-1", "b-2")));
        put("devices", "d-2", 1, Map.of("id", "d-2", "binIds", List.of("b-2")));
    }

    @Test
    void shouldAnswerAbsentWithVersionZeroWhenNothingIsStored() {
        assertThat(lookup().byKey("acme", "bins", "b-9")).isEqualTo(StoredDocumentLookup.Stored.absent("b-9"));
    }

    @Test
    void shouldAnswerTheVersionAndBodyWhenADocumentIsStored() {
        StoredDocumentLookup.Stored d1 = lookup().byKey("acme", "devices", "d-1");

        assertThat(d1.exists()).isTrue();
        assertThat(d1.version()).isEqualTo(3);
        assertThat(d1.body()).isEqualTo(Map.of("id", "d-1", "binIds", List.of("b-1", "b-2")));
    }

    @Test
    void shouldAnswerATombstoneAsStoredWithItsVersionAndNoBody() {
        assertThat(lookup().byKey("acme", "bins", "b-3")).isEqualTo(new StoredDocumentLookup.Stored("b-3", 4, true, null));
    }

    @Test
    void shouldFindTheLiveDocumentsWhoseEmbeddedArrayShowsTheNode() {
        assertThat(lookup().showing("acme", BINS_SHOWING_D1)).extracting(StoredDocumentLookup.Stored::key)
                .containsExactly("b-1");
    }

    @Test
    void shouldFindTheLiveDocumentsWhoseReferencesShowTheNode() {
        assertThat(lookup().showing("acme", DEVICES_REFERENCING_B1)).singleElement()
                .satisfies(d -> assertThat(d.key()).isEqualTo("d-1"))
                .satisfies(d -> assertThat(d.version()).isEqualTo(3));
    }
}
