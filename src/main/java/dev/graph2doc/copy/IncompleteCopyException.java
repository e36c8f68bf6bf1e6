package dev.graph2doc.copy;

/** A partition whose range holds roots MongoDB does not: it is not marked done. */
public final class IncompleteCopyException extends RuntimeException {

    public IncompleteCopyException(String message) {
        super(message);
    }
}
