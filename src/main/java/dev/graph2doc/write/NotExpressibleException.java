package dev.graph2doc.write;

/**
 * A mutation whose effect on one document cannot be computed from the documents alone (it needs data only
 * the graph holds, or it would break what the documents can represent). While the graph exists the caller
 * re-renders the document from it; when MongoDB is the primary the batch is rejected with this reason.
 */
public class NotExpressibleException extends RuntimeException {

    public NotExpressibleException(String reason) {
        super(reason);
    }
}
