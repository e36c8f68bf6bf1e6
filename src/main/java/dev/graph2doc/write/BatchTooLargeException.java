package dev.graph2doc.write;

/** More mutations in one request than {@code graph2doc.write.max-batch} allows; nothing applied. */
public class BatchTooLargeException extends RuntimeException {

    public BatchTooLargeException(int size, int limit) {
        super("the batch holds " + size + " mutations; the limit is " + limit
                + " (graph2doc.write.max-batch): split it into smaller batches");
    }
}
