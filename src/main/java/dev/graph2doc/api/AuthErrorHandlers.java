package dev.graph2doc.api;

import dev.graph2doc.security.AccessPolicy;
import dev.graph2doc.security.AccessRule;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * 401 (no valid token) and 403 (a valid token of the wrong kind or tenant) answer {@code {"error": "..."}} naming
 * what is wrong — never the token — instead of Micronaut Security's empty body.
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
@Requires(classes = ExceptionHandler.class)
class AuthErrorHandlers implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        AccessPolicy.Decision refusal = AccessRule.refusal(request).orElse(null);
        boolean forbidden = refusal == null ? exception.isForbidden() : refusal.status() == 403;
        String reason = refusal == null ? (forbidden ? "this token may not call this path" : "no valid bearer token")
                : refusal.reason();
        MutableHttpResponse<Map<String, String>> response = HttpResponse
                .<Map<String, String>>status(forbidden ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED)
                .body(Map.of("error", reason));
        return forbidden ? response : response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
