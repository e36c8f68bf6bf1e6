package dev.graph2doc.copy;

import dev.graph2doc.store.CopyStateStore;

class InMemoryCopyStateStoreTest extends CopyStateStoreContract {

    private final InMemoryCopyStateStore store = new InMemoryCopyStateStore();

    @Override
    CopyStateStore store() {
        return store;
    }
}
