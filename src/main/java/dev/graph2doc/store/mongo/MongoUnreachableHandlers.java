package dev.graph2doc.store.mongo;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import dev.graph2doc.store.ServiceUnavailable;
import dev.graph2doc.store.StoreSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * MongoDB out of reach on any endpoint — no server selected within the timeout (which covers a refused or cut
 * connection: the driver waits for a server first), or a socket failing mid-request — answers 503 naming MongoDB and
 * the cause, not a generic 500 (seen: {@code GET /migration/phases} on an instance cut off from MongoDB).
 */
final class MongoUnreachableHandlers {

    private MongoUnreachableHandlers() {
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class Timeout implements ExceptionHandler<MongoTimeoutException, HttpResponse<Map<String, Object>>> {
        @Override
        public HttpResponse<Map<String, Object>> handle(HttpRequest request, MongoTimeoutException e) {
            return ServiceUnavailable.unreachable("MongoDB", StoreSettings.MONGODB_URI, e);
        }
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class Socket implements ExceptionHandler<MongoSocketException, HttpResponse<Map<String, Object>>> {
        @Override
        public HttpResponse<Map<String, Object>> handle(HttpRequest request, MongoSocketException e) {
            return ServiceUnavailable.unreachable("MongoDB", StoreSettings.MONGODB_URI, e);
        }
    }
}
