package dev.graph2doc.copy;


class InMemoryCopyStateStoreTest extends CopyStateStoreContract {

    private final InMemoryCopyStateStore store = new InMemoryCopyStateStore();

    @Override
    CopyStateStore store() {
        return store;
    }
}
