package dev.graph2doc.rehearse;

import java.util.SplittableRandom;

/**
 * What the load generator's clients do: per tenant, writer threads (each owning the documents it writes, so that the
 * ledger's "last acknowledged value" is well defined) and reader threads; and which documents the corruption fault
 * rewrites behind graph2doc's back.
 */
interface Workload {

    /** One request of one load thread. */
    @FunctionalInterface
    interface Step {
        void run() throws InterruptedException;
    }

    /** Writer {@code index} of {@code of} for the tenant: writes only documents no other writer writes. */
    Step writer(String tenant, int index, int of, SplittableRandom random);

    Step reader(String tenant, SplittableRandom random);

    /**
     * The documents (at most 50, about a quarter of a collection) to corrupt in MongoDB, and how; empty when the graph
     * has no field the fault can corrupt (then it is reported "not injected", never "not survived").
     */
    java.util.Optional<Corruption> corruption(String tenant);

    /** A field rewritten to {@code value} in these documents of {@code collection}, directly in MongoDB. */
    record Corruption(String collection, String field, Object value, java.util.List<Object> keys) {
    }
}
