package dev.graph2doc.write;

/** Told when the graph has committed a write that MongoDB is about to follow (forked phases); no-op beans by default. */
public interface GraphCommitListener {

    void graphCommitted(WriteReceipt receipt);
}
