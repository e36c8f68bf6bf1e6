package dev.graph2doc.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionIndexesTest {

    private static Mapping fleet() throws IOException {
        return MappingLoader.parse(Files.readString(Path.of("migrations/fleet.yaml")), "fleet.yaml");
    }

    @Test
    void shouldListDeclaredThenEmbeddedKeysThenReferencesWhenTheFleetIsMapped() throws IOException {
        Mapping fleet = fleet();

        assertThat(CollectionIndexes.of(fleet, fleet.collection("readings").orElseThrow())).containsExactly(
                new IndexSpec(List.of("device.id", "at"), false), new IndexSpec(List.of("device.id"), false));
        assertThat(CollectionIndexes.of(fleet, fleet.collection("sites").orElseThrow())).containsExactly(
                new IndexSpec(List.of("customer.id"), false), new IndexSpec(List.of("binIds"), false));
    }

    @Test
    void shouldCountOneIndexWhenADeclaredIndexHasTheSamePathsAsAnEmbeddedKey() throws IOException {
        Mapping fleet = fleet();

        // bins declares site.id, which is also the embedded site's key
        assertThat(CollectionIndexes.of(fleet, fleet.collection("bins").orElseThrow())).containsExactly(
                new IndexSpec(List.of("site.id"), false), new IndexSpec(List.of("devices.id"), false));
        assertThat(fleet.collections().stream().mapToInt(c -> CollectionIndexes.countWithId(fleet, c)).sum())
                .as("5 _id + 2 declared + 6 own").isEqualTo(13);
    }
}
