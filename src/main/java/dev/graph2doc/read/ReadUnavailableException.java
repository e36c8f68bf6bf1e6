package dev.graph2doc.read;

/** The serving store did not answer a read; nothing was changed, the read can be retried. */
public class ReadUnavailableException extends RuntimeException {

    public ReadUnavailableException(String store, Throwable cause) {
        super(store + " could not serve the read (" + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + "); retry the request", cause);
    }
}
