package dev.graph2doc.phase;

import dev.graph2doc.store.mongo.MongoPhaseStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PhaseStoreContract} on the MongoDB adapter: each call a new adapter over the same control database. */
@ExtendWith(StoresExtension.class)
class MongoPhaseStoreIT extends PhaseStoreContract {

    private static final String CONTROL = "graph2doc_control_phase_it";

    private TestStores stores;

    @BeforeEach
    void clean(TestStores stores) {
        this.stores = stores;
        stores.mongo().getDatabase(CONTROL).drop();
    }

    @Override
    PhaseStore store() {
        return new MongoPhaseStore(stores.mongo(), CONTROL);
    }
}
