package dev.graph2doc.phase;

/** The five steps of a tenant's migration, in order (see DESIGN.md "Phases"). */
public enum Phase {
    GRAPH_ONLY,
    COPY,
    FORK_WRITES,
    SWAP_READS,
    COMPARE,
    UNFORKED;

    /** Neo4j is written (and is the primary) in every phase but the last. */
    public boolean writesGraph() {
        return this != UNFORKED;
    }

    /** Every touched document is recorded in the outbox, from the start of the copy until Neo4j is left. */
    public boolean capturesWrites() {
        return this != GRAPH_ONLY && this != UNFORKED;
    }

    /** MongoDB is written on the request path: after Neo4j while forked, alone once unforked. */
    public boolean writesDocuments() {
        return compareTo(FORK_WRITES) >= 0;
    }

    /** MongoDB serves reads. */
    public boolean readsDocuments() {
        return compareTo(SWAP_READS) >= 0;
    }
}
