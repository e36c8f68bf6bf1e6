package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The corruption fault's choice of collection and field, on sampled documents (no stores). */
class CorruptionTargetTest {

    private static final Mapping TWO = mapping("""
            tenant: { fixed: t }
            target: { layout: database-per-tenant, databasePrefix: "x_" }
            collections:
              - { name: tags, root: Tag, key: id, fields: [id] }
              - { name: items, root: Item, key: id, fields: "*" }
            """);

    @Test
    void shouldPickTheCollectionWithACorruptibleFieldWhenAKeyOnlyCollectionTiesAtTheSampleCap() {
        GraphSample sample = sample(Map.of("tags", seeded(200, i -> Map.of()),
                "items", seeded(200, i -> Map.of("price", (long) i, "name", "item " + i))));

        Workload.Corruption c = CorruptionTarget.choose(TWO, sample, "t").orElseThrow();

        assertThat(c.collection()).isEqualTo("items");
        assertThat(c.field()).as("a tie between fields goes to the first name").isEqualTo("name");
        assertThat(c.value()).isEqualTo(CorruptionTarget.MARKER);
        assertThat(c.keys()).hasSize(CorruptionTarget.MAX_DOCUMENTS).startsWith("k0", "k4", "k8");
    }

    @Test
    void shouldPickTheFieldMostDocumentsHoldAndCorruptANumberWithMinusOneWhenFieldsAreSparse() {
        GraphSample sample = sample(Map.of("items", seeded(40, i -> i % 2 == 0
                ? Map.of("price", (long) i, "note", "n") : Map.of("price", (long) i))));

        Workload.Corruption c = CorruptionTarget.choose(TWO, sample, "t").orElseThrow();

        assertThat(c.field()).isEqualTo("price");
        assertThat(c.value()).isEqualTo(-1L);
        assertThat(c.keys()).containsExactly("k0", "k4", "k8", "k12", "k16", "k20", "k24", "k28", "k32", "k36");
    }

    @Test
    void shouldCorruptOnlyDocumentsHoldingTheFieldWhenSomeLackIt() {
        GraphSample sample = sample(Map.of("items", seeded(30, i -> i < 12 ? Map.of("born", 1960L + i) : Map.of())));

        Workload.Corruption c = CorruptionTarget.choose(TWO, sample, "t").orElseThrow();

        assertThat(c.keys()).containsExactly("k0", "k4", "k8");
    }

    @Test
    void shouldFindNothingToCorruptWhenNoFieldIsHeldByTenSampledDocuments() {
        GraphSample sample = sample(Map.of("tags", seeded(200, i -> Map.of()),
                "items", seeded(50, i -> i < 9 ? Map.of("price", 1L) : Map.of())));

        assertThat(CorruptionTarget.choose(TWO, sample, "t")).isEmpty();
        assertThat(CorruptionTarget.choose(TWO, sample, "another tenant")).isEmpty();
    }

    @Test
    void shouldFindNothingToCorruptAndSaySoWhenTheMappedWorkloadHasOnlyKeys() {
        MappedWorkload workload = new MappedWorkload(null, new Ledger(), TWO,
                sample(Map.of("tags", seeded(200, i -> Map.of()), "items", seeded(200, i -> Map.of()))));

        Optional<Workload.Corruption> none = workload.corruption("t");

        assertThat(none).isEmpty();
        assertThat(CorruptionTarget.NONE).startsWith("no corruptible field in the mapping");
    }

    private static List<GraphSample.Seeded> seeded(int count, IntFunction<Map<String, Object>> scalars) {
        List<GraphSample.Seeded> seeded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeded.add(new GraphSample.Seeded("k" + i, scalars.apply(i)));
        }
        return seeded;
    }

    private static GraphSample sample(Map<String, List<GraphSample.Seeded>> collections) {
        return new GraphSample(Map.of("t", collections));
    }

    private static Mapping mapping(String yaml) {
        return MappingLoader.parse(yaml, "test.yaml");
    }
}
