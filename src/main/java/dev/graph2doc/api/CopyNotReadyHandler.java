package dev.graph2doc.api;

import dev.graph2doc.copy.CopyNotReadyException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/** A copy that could not hold every write yet answers 409 with why and when to retry; nothing was planned. */
@Produces
@Singleton
class CopyNotReadyHandler implements ExceptionHandler<CopyNotReadyException, HttpResponse<Map<String, String>>> {

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, CopyNotReadyException exception) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.CONFLICT).body(Map.of("error", exception.getMessage()));
    }
}
