package dev.graph2doc.write;

import java.util.List;

/** Writes to the graph: one batch, one transaction; the graph assigns every touched document its next version. */
public interface GraphWriter {

    /** Creates the indexes the write path looks nodes, tombstones and outbox entries up by; idempotent. */
    void prepare();

    /**
     * Applies the batch for {@code tenant} in one transaction: all of it or nothing. Increments the version of
     * every document the batch touches (once per batch) and, when {@code capture}, records each of them in the
     * outbox in the same transaction.
     *
     * @throws MutationRejectedException when a mutation addresses a node the tenant does not have (nothing applied)
     */
    List<TouchedDocument> apply(String tenant, List<Mutation> mutations, boolean capture);
}
