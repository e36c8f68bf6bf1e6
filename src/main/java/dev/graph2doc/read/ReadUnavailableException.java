package dev.graph2doc.read;

import dev.graph2doc.read.shadow.ReadSource;

/** The serving store did not answer a read; nothing was changed, the read can be retried. */
public class ReadUnavailableException extends RuntimeException {

    /** {@code store} as {@link ReadSource#name()} gives it; the message names it as operators write it. */
    public ReadUnavailableException(String store, Throwable cause) {
        super(displayName(store) + " could not serve the read (" + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + "); retry the request", cause);
    }

    private static String displayName(String store) {
        return switch (store) {
            case "mongodb" -> "MongoDB";
            case "neo4j" -> "Neo4j";
            default -> store;
        };
    }
}
