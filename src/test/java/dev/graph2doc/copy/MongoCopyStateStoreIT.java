package dev.graph2doc.copy;

import dev.graph2doc.store.mongo.MongoCopyStateStore;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StoresExtension.class)
class MongoCopyStateStoreIT extends CopyStateStoreContract {

    private static final String CONTROL = "graph2doc_control_copy_state_it";

    private CopyStateStore store;

    @BeforeEach
    void clean(TestStores stores) {
        stores.mongo().getDatabase(CONTROL).drop();
        store = new MongoCopyStateStore(stores.mongo(), CONTROL);
    }

    @Override
    CopyStateStore store() {
        return store;
    }
}
