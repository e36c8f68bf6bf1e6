package dev.graph2doc.write;

import dev.graph2doc.phase.Phase;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The application's write, as it was before the migration: the batch goes to the graph, recorded in the
 * outbox while the tenant migrates. Knows nothing of MongoDB; {@link DualWrite} adds it.
 */
@Singleton
public class MutationHandler {

    private final GraphWriter graph;

    public MutationHandler(GraphWriter graph) {
        this.graph = graph;
    }

    @DualWrite
    public WriteReceipt apply(String tenant, Phase phase, List<Mutation> mutations) {
        return WriteReceipt.ofGraph(tenant, phase, graph.apply(tenant, mutations, phase.capturesWrites()));
    }
}
