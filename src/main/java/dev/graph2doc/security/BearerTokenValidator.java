package dev.graph2doc.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Micronaut Security's bearer-token reader hands every {@code Authorization: Bearer} token here; a known,
 * unexpired one becomes the caller. Why a token was refused is left on the request for {@link AccessRule}.
 */
@Singleton
class BearerTokenValidator implements TokenValidator<HttpRequest<?>> {

    static final String TOKEN_PROBLEM = "graph2doc.security.token-problem";

    private final TokenRegistry registry;

    BearerTokenValidator(TokenRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        TokenRegistry.Lookup found = registry.lookup(token);
        if (found.credential() == null) {
            if (request != null) {
                request.setAttribute(TOKEN_PROBLEM, found.problem());
            }
            return Publishers.empty();
        }
        return Publishers.just(Caller.of(found.credential()).authentication());
    }
}
