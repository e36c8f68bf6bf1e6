package dev.graph2doc.store.neo4j;

import dev.graph2doc.store.ServiceUnavailable;
import dev.graph2doc.store.StoreSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Neo4j out of reach on any endpoint — no connection within the timeout, or a connection lost mid-request (after the
 * driver's own brief retry) — answers 503 naming Neo4j and the cause, not a generic 500.
 */
final class Neo4jUnreachableHandlers {

    private Neo4jUnreachableHandlers() {
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class Unavailable implements ExceptionHandler<ServiceUnavailableException, HttpResponse<Map<String, Object>>> {
        @Override
        public HttpResponse<Map<String, Object>> handle(HttpRequest request, ServiceUnavailableException e) {
            return ServiceUnavailable.unreachable("Neo4j", StoreSettings.NEO4J_URI, e);
        }
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class Expired implements ExceptionHandler<SessionExpiredException, HttpResponse<Map<String, Object>>> {
        @Override
        public HttpResponse<Map<String, Object>> handle(HttpRequest request, SessionExpiredException e) {
            return ServiceUnavailable.unreachable("Neo4j", StoreSettings.NEO4J_URI, e);
        }
    }
}
