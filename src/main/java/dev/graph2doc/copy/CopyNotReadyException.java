package dev.graph2doc.copy;

/** A copy was asked for at a moment it could not contain every write (answered 409: retry later). */
public final class CopyNotReadyException extends RuntimeException {

    public CopyNotReadyException(String message) {
        super(message);
    }
}
