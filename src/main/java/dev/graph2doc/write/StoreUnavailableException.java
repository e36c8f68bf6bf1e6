package dev.graph2doc.write;

/** The primary store of a write did not take it; the write was not applied anywhere and can be retried. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String store, Throwable cause) {
        super(store + " did not accept the write (" + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + "); nothing was written, retry the request", cause);
    }

    protected StoreUnavailableException(String message) {
        super(message);
    }
}
