package dev.graph2doc.api;

import dev.graph2doc.read.ReadUnavailableException;
import dev.graph2doc.read.UnknownCollectionException;
import dev.graph2doc.store.ServiceUnavailable;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/** How the read path's refusals answer: 404 for a collection the mapping lacks, 503 when the serving store fails. */
final class ReadErrorHandlers {

    private ReadErrorHandlers() {
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class UnknownCollection implements ExceptionHandler<UnknownCollectionException, HttpResponse<Map<String, Object>>> {
        @Override
        public HttpResponse<Map<String, Object>> handle(HttpRequest request, UnknownCollectionException e) {
            return HttpResponse.<Map<String, Object>>status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class Unavailable implements ExceptionHandler<ReadUnavailableException, HttpResponse<Map<String, Object>>> {
        @Override
        public HttpResponse<Map<String, Object>> handle(HttpRequest request, ReadUnavailableException e) {
            return ServiceUnavailable.answer(e.getMessage());
        }
    }
}
