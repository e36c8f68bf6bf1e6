package dev.graph2doc.phase;

/** {@link PhaseStoreContract} on the fake the phase machine's unit tests use. */
class InMemoryPhaseStoreTest extends PhaseStoreContract {

    private final InMemoryPhaseStore store = new InMemoryPhaseStore();

    @Override
    PhaseStore store() {
        return store;
    }
}
