package dev.graph2doc.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * The one security rule that decides every request ({@link AccessPolicy}); it runs before Micronaut's own rules,
 * so no annotation or URL map can open a path by accident. A refusal's reason is left on the request for the
 * error handler that writes the 401/403 answer.
 */
@Singleton
public class AccessRule implements SecurityRule<HttpRequest<?>> {

    public static final String REFUSAL = "graph2doc.security.refusal";
    static final int ORDER = -10_000;

    private final SecuritySettings settings;
    private final AccessPolicy policy;

    AccessRule(SecuritySettings settings) {
        this.settings = settings;
        this.policy = new AccessPolicy(settings.protectMetrics());
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (settings.insecureDev()) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        Caller caller = Caller.of(authentication);
        String problem = request.getAttribute(BearerTokenValidator.TOKEN_PROBLEM, String.class).orElse(null);
        if (caller == null && problem == null && request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            problem = "the Authorization header is not 'Bearer <token>'";
        }
        AccessPolicy.Decision decision = policy.decide(request.getMethodName(), request.getPath(), caller, problem);
        if (decision.allowed()) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        request.setAttribute(REFUSAL, decision);
        return Publishers.just(SecurityRuleResult.REJECTED);
    }

    /** The refusal this rule left on the request, if it refused it. */
    public static Optional<AccessPolicy.Decision> refusal(HttpRequest<?> request) {
        return request.getAttribute(REFUSAL, AccessPolicy.Decision.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
