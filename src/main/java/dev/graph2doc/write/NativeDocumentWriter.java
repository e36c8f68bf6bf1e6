package dev.graph2doc.write;

import java.util.List;

/**
 * Mutations applied to MongoDB's documents directly, through the mapping (no graph involved): the only
 * write path once a tenant is {@code UNFORKED}, and the MongoDB side of every forked phase before that.
 */
public interface NativeDocumentWriter {

    /** Whether {@code failure} is worth an immediate retry (the server moved, restarted, or was briefly unreachable). */
    default boolean isTransient(Throwable failure) {
        return false;
    }

    /** Finishes any batch a crashed writer left half-applied; call before serving an unforked tenant. */
    void prepare(String tenant);

    /**
     * Forked phases: the graph has applied the batch and versioned {@code touched}; moves each of those documents
     * from {@code version - 1} to {@code version} by applying the batch's share of changes to it.
     *
     * @return the documents not applied (stored version is not {@code version - 1}, document absent, or the change
     *         needs data only the graph holds); the caller re-renders those from the graph
     */
    List<TouchedDocument> applyAfterGraph(String tenant, List<Mutation> mutations, List<TouchedDocument> touched);

    /**
     * Unforked: MongoDB is the primary. Applies the whole batch or none of it, increments each touched document's
     * version, and returns them with their new versions.
     *
     * @throws MutationRejectedException when a mutation addresses a node the tenant does not have (nothing applied)
     */
    List<TouchedDocument> applyAlone(String tenant, List<Mutation> mutations);
}
