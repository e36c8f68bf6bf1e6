package dev.graph2doc.store.mongo;

import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import dev.graph2doc.write.StoredDocumentLookup;
import dev.graph2doc.write.StoredDocumentLookupContract;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;

/** The planners' port on MongoDB, held to {@link StoredDocumentLookupContract}. */
@ExtendWith(StoresExtension.class)
class MongoStoredDocumentLookupIT extends StoredDocumentLookupContract {

    private final TenantCollections collections;
    private final VersionedWrites writes;

    /** Made for each test (the contract's documents are stored after this, by its own {@code @BeforeEach}). */
    MongoStoredDocumentLookupIT(TestStores stores) {
        stores.clear();
        this.collections = new TenantCollections(stores.mongo(), FLEET.target());
        this.writes = new VersionedWrites(collections);
    }

    @Override
    protected StoredDocumentLookup lookup() {
        return new MongoStoredDocumentLookup(collections, FLEET);
    }

    @Override
    protected void put(String collection, Object key, long version, Map<String, Object> body) {
        writes.write("acme", collection, 0, true, writes.stored("acme", collection, key, version, body));
    }
}
