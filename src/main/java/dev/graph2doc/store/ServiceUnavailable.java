package dev.graph2doc.store;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.Map;

/**
 * Every 503 the service answers (here, beside the ports, so that the adapters answer through it without importing the
 * HTTP layer): {@code {"error": ...}} naming the store and the cause, and {@code Retry-After}. The
 * drivers' own "store unreachable" failures are mapped by handlers in their adapters (store/mongo, store/neo4j),
 * which keep the driver types there and answer through this.
 */
public final class ServiceUnavailable {

    /** A store's restart or a replica set's election takes seconds; a client asking again sooner only adds load. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private ServiceUnavailable() {
    }

    public static HttpResponse<Map<String, Object>> answer(String error) {
        return HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .body(Map.of("error", error));
    }

    /** A 503 for a store the driver could not reach; {@code setting} is where its address is configured. */
    public static HttpResponse<Map<String, Object>> unreachable(String store, String setting, Throwable cause) {
        return answer(store + " could not be reached (" + cause.getClass().getSimpleName() + ": " + firstLine(cause)
                + "); the request did not complete: retry it after " + RETRY_AFTER_SECONDS + " s, and if this persists "
                + "check that " + store + " is running and reachable from this instance at " + setting + ".");
    }

    private static String firstLine(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
