package dev.graph2doc.api;

import dev.graph2doc.problem.Problem;
import dev.graph2doc.security.AccessPolicy;
import dev.graph2doc.security.AccessRule;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * 401 (no valid token) and 403 (a valid token of the wrong kind or tenant) answer a {@link Problem} naming what is
 * wrong — never the token — instead of Micronaut Security's empty body. A handler of its own because it replaces
 * Micronaut Security's, which is more specific than {@code ProblemHandler}.
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
        Problem problem = forbidden ? Problem.of(HttpStatus.FORBIDDEN, "forbidden", reason)
                : Problem.of(HttpStatus.UNAUTHORIZED, "unauthorized", reason).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problem.response();
    }
}
