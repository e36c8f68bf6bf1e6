package dev.graph2doc.write;

import static dev.graph2doc.write.DocumentPatcherTest.props;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.mapping.Mapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each document must become, decided without a store: the planners over documents held in memory. */
class PlannersTest {

    private static final Mapping FLEET = DocumentPatcherTest.fleet();
    private static final NodeRef D1 = new NodeRef("Device", "d-1");
    private static final NodeRef D2 = new NodeRef("Device", "d-2");

    private final InMemoryStoredDocuments stored = new InMemoryStoredDocuments(FLEET)
            .put("devices", "d-1", 3, props("customerId", "acme", "id", "d-1", "model", "old", "binIds", List.of("b-1")))
            .put("devices", "d-2", 5, props("customerId", "acme", "id", "d-2", "model", "old", "binIds", List.of()))
            .put("bins", "b-1", 7, props("id", "b-1", "site", null, "devices", List.of(props("id", "d-1", "model", "old"))));

    @Test
    void shouldPatchTheRootAndEveryDocumentShowingItWhenANodeChangesAlone() {
        WorkingSet plan = new AlonePlanner(FLEET, stored).plan("acme",
                List.of(new Mutation.UpsertNode(D1, Map.of("model", "new"))));

        assertThat(plan.touched()).extracting(s -> s.collection + "/" + s.key + "@" + s.storedVersion)
                .containsExactly("devices/d-1@3", "bins/b-1@7");
        assertThat(plan.touched().get(0).body()).containsEntry("model", "new");
        assertThat(plan.touched().get(1).body().get("devices")).isEqualTo(List.of(Map.of("id", "d-1", "model", "new")));
    }

    @Test
    void shouldRefuseTheWholeBatchNamingEveryProblemWhenTwoMutationsCannotApply() {
        List<Mutation> batch = List.of(new Mutation.UpsertNode(D2, Map.of("model", "fine")),
                new Mutation.Link("MONITORS", D2, new NodeRef("Bin", "b-404"), Map.of()),
                new Mutation.UpsertNode(new NodeRef("Bucket", "x"), Map.of()));

        assertThatThrownBy(() -> new AlonePlanner(FLEET, stored).plan("acme", batch))
                .isInstanceOfSatisfying(MutationRejectedException.class, e -> assertThat(e.problems())
                        .extracting(MutationProblem::index).containsExactly(1, 2))
                .hasMessageContaining("Bin 'b-404' does not exist").hasMessageContaining("label 'Bucket' roots no collection");
    }

    @Test
    void shouldPatchADocumentOneVersionBehindAndReRenderOneFurtherBehindWhenTheGraphVersionedThem() {
        List<Mutation> batch = List.of(new Mutation.UpsertNode(D1, Map.of("model", "new")),
                new Mutation.UpsertNode(D2, Map.of("model", "new")));
        List<TouchedDocument> touched = List.of(new TouchedDocument("devices", "d-1", 4, false),
                new TouchedDocument("bins", "b-1", 8, false), new TouchedDocument("devices", "d-2", 9, false));

        AfterGraphPlanner.Plan plan = new AfterGraphPlanner(FLEET, stored).plan("acme", batch, touched);

        assertThat(plan.writes()).extracting(w -> w.touched().key() + " from " + w.expected())
                .containsExactlyInAnyOrder("d-1 from 3", "b-1 from 7");
        assertThat(plan.writes()).filteredOn(w -> w.touched().key().equals("d-1")).singleElement()
                .satisfies(w -> assertThat(w.body()).containsEntry("model", "new"));
        assertThat(plan.rerender()).extracting(TouchedDocument::key).as("stored at 5, the graph at 9").containsExactly("d-2");
    }

    @Test
    void shouldPlanATombstoneWhenTheGraphDeletedARootOneVersionAhead() {
        List<Mutation> batch = List.of(new Mutation.DeleteNode(D2));
        AfterGraphPlanner.Plan plan = new AfterGraphPlanner(FLEET, stored).plan("acme", batch,
                List.of(new TouchedDocument("devices", "d-2", 6, true)));

        assertThat(plan.writes()).singleElement().satisfies(w -> {
            assertThat(w.body()).isNull();
            assertThat(w.expected()).isEqualTo(5);
            assertThat(w.absent()).isFalse();
        });
        assertThat(plan.rerender()).isEmpty();
    }
}
