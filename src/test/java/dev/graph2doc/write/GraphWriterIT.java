package dev.graph2doc.write;

import static dev.graph2doc.write.WriteFixture.batch;
import static dev.graph2doc.write.WriteFixture.bin;
import static dev.graph2doc.write.WriteFixture.device;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The graph side of a write: one transaction, versions on the roots, the fan-out, tombstones, the outbox. */
@ExtendWith(StoresExtension.class)
class GraphWriterIT {

    private WriteFixture fx;
    private TestStores stores;

    @BeforeEach
    void seed(TestStores stores) {
        this.stores = stores;
        stores.clear();
        WriteFixture.seedFleet(stores, 12);
        fx = new WriteFixture(stores, "fleet.yaml");
    }

    @Test
    void shouldVersionTheDeviceAndEveryBinEmbeddingItWhenADeviceIsRenamed() {
        String binKey = binMonitoredBy("acme", "d-000001");

        List<TouchedDocument> touched = fx.writer.apply("acme", batch(new Mutation.UpsertNode(device("d-000001"),
                Map.of("model", "Renamed-7"))), false);

        assertThat(touched).containsExactlyInAnyOrder(new TouchedDocument("devices", "d-000001", 1, false),
                new TouchedDocument("bins", binKey, 1, false));
        DocumentView bin = render("acme", "bins", binKey);
        assertThat(bin.version()).isEqualTo(1);
        assertThat(bin.body().get("devices").toString()).contains("model=Renamed-7");
        assertThat(render("globex", "devices", "d-000001").body().get("model")).isNotEqualTo("Renamed-7");
    }

    @Test
    void shouldNotFanOutWhenOnlyAPropertyNoDocumentEmbedsChanges() {
        List<TouchedDocument> touched = fx.writer.apply("acme", batch(new Mutation.UpsertNode(device("d-000002"),
                Map.of("firmware", "9.9"))), false);

        assertThat(touched).containsExactly(new TouchedDocument("devices", "d-000002", 1, false));
    }

    @Test
    void shouldApplyNothingAndNameEveryMissingEndWhenLinksAddressAbsentNodes() {
        List<Mutation> mutations = batch(
                new Mutation.UpsertNode(device("d-new"), Map.of("model", "M")),
                new Mutation.Link("MONITORS", device("d-new"), bin("b-nowhere"), Map.of()),
                new Mutation.Link("MONITORS", device("d-ghost"), bin("b-000001"), Map.of()));

        assertThatThrownBy(() -> fx.writer.apply("acme", mutations, true))
                .isInstanceOfSatisfying(MutationRejectedException.class, e -> assertThat(e.problems()).extracting(
                        MutationProblem::index, MutationProblem::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "cannot link Device 'd-new' -[MONITORS]-> Bin 'b-nowhere': "
                                + "Bin 'b-nowhere' does not exist in tenant 'acme'; create it with upsertNode first"),
                        org.assertj.core.groups.Tuple.tuple(2, "cannot link Device 'd-ghost' -[MONITORS]-> Bin 'b-000001': "
                                + "Device 'd-ghost' does not exist in tenant 'acme'; create it with upsertNode first")));
        assertThat(render("acme", "devices", "d-new")).isNull();
        assertThat(fx.outbox.backlog("acme")).isEqualTo(Backlog.EMPTY);
    }

    @Test
    void shouldNeverReachAnotherTenantsNodeWithTheSameKey() {
        DocumentView globexBefore = render("globex", "bins", "b-000001");

        fx.writer.apply("acme", batch(new Mutation.UpsertNode(bin("b-000001"), Map.of("fillLevel", 0.99)),
                new Mutation.DeleteNode(device("d-000003"))), false);

        assertThat(render("globex", "bins", "b-000001")).isEqualTo(globexBefore);
        assertThat(render("globex", "devices", "d-000003")).isNotNull();
        assertThat(render("acme", "devices", "d-000003")).isNull();
    }

    @Test
    void shouldTombstoneADeletedNodeAndContinueItsVersionsWhenItIsCreatedAgain() {
        fx.writer.apply("acme", batch(new Mutation.UpsertNode(device("d-000004"), Map.of("model", "A"))), false);

        List<TouchedDocument> deleted = fx.writer.apply("acme", batch(new Mutation.DeleteNode(device("d-000004"))), false);
        List<TouchedDocument> recreated = fx.writer.apply("acme",
                batch(new Mutation.UpsertNode(device("d-000004"), Map.of("model", "B"))), false);

        assertThat(deleted).contains(new TouchedDocument("devices", "d-000004", 2, true));
        assertThat(recreated).containsExactly(new TouchedDocument("devices", "d-000004", 3, false));
        assertThat(fx.writer.apply("acme", batch(new Mutation.DeleteNode(device("d-000004")),
                new Mutation.DeleteNode(device("d-000004"))), false))
                .as("a node deleted twice in one batch is deleted once").filteredOn(d -> d.collection().equals("devices"))
                .containsExactly(new TouchedDocument("devices", "d-000004", 4, true));
    }

    @Test
    void shouldRecordEveryTouchedDocumentInTheOutboxInTheSameTransactionWhenCapturing() {
        String binKey = binMonitoredBy("acme", "d-000005");
        fx.writer.apply("acme", batch(new Mutation.Unlink("MONITORS", device("d-000005"), bin(binKey))), true);
        fx.writer.apply("acme", batch(new Mutation.Link("MONITORS", device("d-000005"), bin(binKey),
                Map.of("since", "2026-02-02"))), true);

        assertThat(fx.outbox.backlog("acme").documents()).isEqualTo(2);
        assertThat(fx.outbox.backlog("acme").oldest()).isEqualTo(fx.clock.instant());
        assertThat(fx.outbox.oldest(10)).as("one entry per write of a document; the backlog counts documents")
                .extracting(OutboxEntry::collection, OutboxEntry::version).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("devices", 1L), org.assertj.core.groups.Tuple.tuple("bins", 1L),
                org.assertj.core.groups.Tuple.tuple("devices", 2L), org.assertj.core.groups.Tuple.tuple("bins", 2L));
        assertThat(fx.outbox.backlog("globex")).isEqualTo(Backlog.EMPTY);
        assertThat(fx.outbox.pending("acme", "bins", List.of(binKey, "b-999999"))).containsExactly(binKey);
        assertThat(fx.outbox.pending("acme", "devices", List.of(binKey))).as("another collection's key").isEmpty();
        assertThat(fx.outbox.pending("globex", "bins", List.of(binKey))).as("another tenant's outbox").isEmpty();

        fx.outbox.clear(List.of(new OutboxEntry("acme", "bins", binKey, 1, fx.clock.instant())));
        assertThat(fx.outbox.backlog("acme").documents()).as("an older confirmation leaves the document pending").isEqualTo(2);
        fx.outbox.clear(List.of(new OutboxEntry("acme", "bins", binKey, 2, fx.clock.instant())));
        assertThat(fx.outbox.backlog("acme").documents()).isEqualTo(1);
    }

    private String binMonitoredBy(String tenant, String deviceKey) {
        @SuppressWarnings("unchecked")
        List<Object> binIds = (List<Object>) render(tenant, "devices", deviceKey).body().get("binIds");
        assertThat(binIds).as("the seeded device monitors a bin").isNotEmpty();
        return (String) binIds.get(0);
    }

    private DocumentView render(String tenant, String collection, String key) {
        CollectionMapping c = fx.mapping.collection(collection).orElseThrow();
        List<DocumentView> docs = fx.graph.renderKeys(c, tenant, List.of(key)).documents();
        return docs.isEmpty() ? null : docs.get(0);
    }
}
