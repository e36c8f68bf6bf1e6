package dev.graph2doc.store.neo4j;

/** A node this batch upserted was deleted by another transaction before the batch committed: run the batch again. */
final class NodeDeletedMeanwhileException extends RuntimeException {

    NodeDeletedMeanwhileException(String message) {
        super(message);
    }
}
