package dev.graph2doc.phase;

/** This instance is fenced (see {@link Fence}): what it was about to do, and why it did not. Answered with 503. */
public final class FencedException extends RuntimeException {

    public FencedException(String acting, String why) {
        super("This graph2doc instance is fenced and did not " + acting + ": " + why
                + ". Retry on another instance, or here once it has reached the control store again.");
    }
}
