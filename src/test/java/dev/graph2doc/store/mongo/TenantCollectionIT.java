package dev.graph2doc.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.mapping.Target;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two tenants store documents under the same keys in one collection name; every operation of each tenant's
 * {@link TenantCollection} must see and change its own only, in both layouts. The raw driver is used here only to
 * look at what was stored.
 */
@ExtendWith(StoresExtension.class)
class TenantCollectionIT {

    private TestStores stores;

    @BeforeEach
    void empty(TestStores stores) {
        this.stores = stores;
        stores.clear();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void shouldSeeOnlyItsOwnDocumentsWhenTwoTenantsUseTheSameKeys(Layout layout) {
        TenantCollection acme = open(layout, "acme");
        TenantCollection beta = open(layout, "beta");
        for (TenantCollection c : List.of(acme, beta)) {
            c.insert(c.newDocument("k-1").append("owner", c.tenant()));
            c.insertAll(new ArrayList<>(List.of(c.newDocument("k-2").append("owner", c.tenant()),
                    c.newDocument("k-3").append("owner", c.tenant()))));
        }

        assertThat(acme.findByKey("k-1")).get().extracting(d -> d.get("owner")).isEqualTo("acme");
        assertThat(beta.findByKey("k-1", Filters.eq("owner", "beta"))).isPresent();
        assertThat(acme.findByKey("k-1", Filters.eq("owner", "beta"))).isEmpty();
        assertThat(acme.find(Filters.eq("owner", "beta"))).isEmpty();
        assertThat(owners(acme.find(new Document()))).containsOnly("acme").hasSize(3);
        assertThat(owners(beta.page(new Document(), "k-1", 10))).containsExactly("beta", "beta");
        assertThat(acme.page(new Document(), "k-1", 10)).extracting(d -> acme.keyOf(d.get("_id")))
                .containsExactly("k-2", "k-3");
        assertThat(acme.count(new Document())).isEqualTo(3);
        assertThat(acme.count(Filters.eq("owner", "beta"))).isZero();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void shouldChangeOnlyItsOwnDocumentWhenTwoTenantsUseTheSameKey(Layout layout) {
        TenantCollection acme = open(layout, "acme");
        TenantCollection beta = open(layout, "beta");
        for (TenantCollection c : List.of(acme, beta)) {
            c.insert(c.newDocument("k-1").append("owner", c.tenant()).append("v", 1));
            c.insert(c.newDocument("k-2").append("owner", c.tenant()).append("v", 1));
        }

        assertThat(acme.update("k-1", Filters.eq("v", 1), Updates.set("v", 2))).isTrue();
        assertThat(acme.replace(acme.newDocument("k-2").append("owner", "acme").append("v", 3), Filters.eq("v", 1), false))
                .isTrue();
        assertThat(acme.replace(acme.newDocument("k-2").append("v", 4), Filters.eq("v", 1), false)).isFalse();
        acme.replaceAll(List.of(new TenantCollection.Replacement(acme.newDocument("k-9").append("v", 1), new Document())));
        assertThat(acme.delete("k-1", Filters.eq("v", 2))).isTrue();
        assertThat(acme.delete("k-2")).isTrue();

        assertThat(beta.findByKey("k-1")).get().extracting(d -> d.get("v")).isEqualTo(1);
        assertThat(beta.findByKey("k-2")).get().extracting(d -> d.get("v")).isEqualTo(1);
        assertThat(beta.findByKey("k-9")).isEmpty();
        assertThat(beta.count(new Document())).isEqualTo(2);
        assertThat(acme.count(new Document())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void shouldRefuseAnUpsertOverANewerDocumentWhenTheGuardFails(Layout layout) {
        TenantCollection acme = open(layout, "acme");
        acme.insert(acme.newDocument("k-1").append("v", 5));

        assertThatThrownBy(() -> acme.replace(acme.newDocument("k-1").append("v", 4), Filters.lt("v", 4), true))
                .isInstanceOf(MongoWriteException.class);
        assertThat(acme.findByKey("k-1")).get().extracting(d -> d.get("v")).isEqualTo(5);
    }

    @Test
    void shouldAndTheCallersFilterWithTheTenantWhenTheLayoutIsShared() {
        TenantCollection acme = open(Layout.SHARED, "acme");
        TenantCollection beta = open(Layout.SHARED, "beta");
        beta.insert(beta.newDocument("k-1").append("owner", "beta"));
        Document betasId = new Document("t", "beta").append("k", "k-1");

        assertThat(acme.find(Filters.eq("_id", betasId))).isEmpty();
        assertThat(acme.find(Filters.exists("_id"))).isEmpty();
        assertThat(acme.count(Filters.eq("_id", betasId))).isZero();
        assertThat(acme.page(Filters.eq("owner", "beta"), null, 10)).isEmpty();
        assertThat(beta.find(Filters.eq("_id", betasId))).hasSize(1);
    }

    @Test
    void shouldStoreTheTenantInIdAndDocumentWhenTheLayoutIsShared() {
        TenantCollection acme = open(Layout.SHARED, "acme");
        acme.insert(acme.newDocument("k-1"));

        Document stored = raw("shared").getCollection("items").find().first();
        assertThat(stored.get("_id")).isEqualTo(new Document("t", "acme").append("k", "k-1"));
        assertThat(stored.get(TenantCollection.TENANT)).isEqualTo("acme");
    }

    @Test
    void shouldStoreThePlainKeyInTheTenantsOwnDatabaseWhenEachTenantHasOne() {
        TenantCollection acme = open(Layout.DATABASE_PER_TENANT, "acme");
        acme.insert(acme.newDocument("k-1"));

        assertThat(raw("t_acme").getCollection("items").find().first()).isEqualTo(new Document("_id", "k-1"));
        assertThat(raw("t_beta").getCollection("items").countDocuments()).isZero();
    }

    @Test
    void shouldRefuseADocumentOfAnotherTenantWhenTheLayoutIsShared() {
        TenantCollection acme = open(Layout.SHARED, "acme");
        TenantCollection beta = open(Layout.SHARED, "beta");

        assertThatThrownBy(() -> acme.insert(beta.newDocument("k-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a key of tenant 'acme'");
        assertThatThrownBy(() -> acme.replace(new Document("_id", "k-1"), new Document(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k-1");
        assertThatThrownBy(() -> acme.replaceAll(List.of(new TenantCollection.Replacement(beta.newDocument("k-1"),
                new Document())))).isInstanceOf(IllegalArgumentException.class);
        assertThat(beta.count(new Document())).isZero();
        assertThat(acme.count(new Document())).isZero();
    }

    @Test
    void shouldLeadEveryIndexWithTheTenantWhenTheLayoutIsShared() {
        open(Layout.SHARED, "acme").createIndex(new Document("site.id", 1), new IndexOptions());
        open(Layout.DATABASE_PER_TENANT, "acme").createIndex(new Document("site.id", 1), new IndexOptions());

        assertThat(indexKeys("shared")).contains(new Document(TenantCollection.TENANT, 1).append("site.id", 1));
        assertThat(indexKeys("t_acme")).contains(new Document("site.id", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../beta", "acme.items", "a/b", "acme\u0000", "$where"})
    void shouldRefuseATenantWhenItCannotNameADatabase(String tenant) {
        assertThatThrownBy(() -> open(Layout.DATABASE_PER_TENANT, tenant))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Tenant '" + tenant + "'");
    }

    private TenantCollection open(Layout layout, String tenant) {
        Target target = layout == Layout.SHARED ? new Target(layout, null, "shared") : new Target(layout, "t_", null);
        return new TenantCollections(stores.mongo(), target).of(tenant, "items");
    }

    private MongoDatabase raw(String database) {
        return stores.mongo().getDatabase(database);
    }

    private List<Document> indexKeys(String database) {
        return raw(database).getCollection("items").listIndexes().map(i -> i.get("key", Document.class))
                .into(new ArrayList<>());
    }

    private static List<Object> owners(List<Document> documents) {
        return documents.stream().map(d -> d.get("owner")).toList();
    }
}
