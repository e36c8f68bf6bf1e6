package dev.graph2doc.api;

import dev.graph2doc.phase.TransitionRefusedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refused transition answers 409 with its summary and every unmet condition. */
@Produces
@Singleton
class TransitionRefusedHandler implements ExceptionHandler<TransitionRefusedException, HttpResponse<Map<String, Object>>> {

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, TransitionRefusedException exception) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", exception.getMessage());
        body.put("unmet", exception.unmet());
        return HttpResponse.<Map<String, Object>>status(HttpStatus.CONFLICT).body(body);
    }
}
