package dev.graph2doc.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/** Bad input found below the controllers (unknown tenant, collection, value out of range) answers 400 with its reason. */
@Produces
@Singleton
@Requires(classes = {IllegalArgumentException.class, ExceptionHandler.class})
class IllegalArgumentHandler implements ExceptionHandler<IllegalArgumentException, HttpResponse<Map<String, String>>> {

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, IllegalArgumentException exception) {
        return HttpResponse.badRequest(Map.of("error", exception.getMessage()));
    }
}
