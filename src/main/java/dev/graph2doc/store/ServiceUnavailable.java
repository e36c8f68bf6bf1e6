package dev.graph2doc.store;

import dev.graph2doc.problem.Problem;
import io.micronaut.http.HttpStatus;

/**
 * Every 503 a store's absence causes (here, beside the ports, so that the adapters map their drivers' failures through
 * it): a problem naming the store and the cause, with {@code Retry-After}.
 */
public final class ServiceUnavailable {

    /** A store's restart or a replica set's election takes seconds; a client asking again sooner only adds load. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private ServiceUnavailable() {
    }

    public static Problem problem(String detail) {
        return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", detail)
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }

    /** A 503 for a store the driver could not reach; {@code setting} is where its address is configured. */
    public static Problem unreachable(String store, String setting, Throwable cause) {
        return problem(store + " could not be reached (" + cause.getClass().getSimpleName() + ": " + firstLine(cause)
                + "); the request did not complete: retry it after " + RETRY_AFTER_SECONDS + " s, and if this persists "
                + "check that " + store + " is running and reachable from this instance at " + setting + ".");
    }

    private static String firstLine(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
