package dev.graph2doc.security;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The accepted tokens: read from the tokens file when the bean is built (a bad file stops the start; a changed
 * one is taken up by {@link TokensFileReloader}), or generated once by {@code serve} on embedded stores. A presented token is hashed and compared with every
 * credential in constant time, so neither the answer's content nor its timing says how close a guess was.
 */
@Singleton
public class TokenRegistry {

    private final AtomicReference<List<Credential>> credentials;
    private final Clock clock;

    public TokenRegistry(SecuritySettings settings, @Nullable Clock clock) {
        this.credentials = new AtomicReference<>(configured(settings));
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    private static List<Credential> configured(SecuritySettings settings) {
        Path file = settings.tokensPath();
        String inline = settings.inlineTokens();
        if (file != null && inline != null) {
            throw new TokensFileException(SecuritySettings.TOKENS_FILE + " and " + SecuritySettings.TOKENS,
                    List.of("both are set: keep one, so that there is one place to rotate tokens"));
        }
        if (file != null) {
            return TokensFile.read(file);
        }
        return inline == null ? List.of() : TokensFile.read(inline, SecuritySettings.TOKENS);
    }

    /** Accepts exactly these from now on (a rotated tokens file); lookups in progress finish with the old ones. */
    void replace(List<Credential> rotated) {
        credentials.set(List.copyOf(rotated));
    }

    public boolean isEmpty() {
        return credentials.get().isEmpty();
    }

    /** How many tokens of each kind are accepted; for the start-up line, never the tokens. */
    public String describe() {
        long operators = credentials.get().stream().filter(c -> c.kind() == CallerKind.OPERATOR).count();
        return operators + " operator token(s), " + (credentials.get().size() - operators) + " tenant key(s)";
    }

    public Lookup lookup(String presented) {
        byte[] digest = TokenDigests.sha256(presented);
        Credential match = null;
        for (Credential c : credentials.get()) { // no early exit: every lookup compares against every credential
            if (TokenDigests.same(c.digest(), digest)) {
                match = c;
            }
        }
        if (match == null) {
            return new Lookup(null, "the bearer token is not known: check it, or ask for a new one");
        }
        Instant now = clock.instant();
        if (match.expiredAt(now)) {
            return new Lookup(null, "the bearer token '" + match.name() + "' expired at " + match.expires()
                    + ": ask for a new one");
        }
        return new Lookup(match, null);
    }

    /**
     * Generates one operator token and one key per tenant, accepts them from now on, and returns them in
     * order (operator first) for printing once. Only for a registry that has none.
     */
    public Map<String, String> generate(List<String> tenants) {
        if (!isEmpty()) {
            throw new IllegalStateException("tokens are configured; generating more would hide them");
        }
        Map<String, String> printed = new LinkedHashMap<>();
        List<Credential> generated = new ArrayList<>();
        String operator = TokenDigests.newToken();
        generated.add(Credential.operator("operator", TokenDigests.sha256(operator), null));
        printed.put("operator token", operator);
        for (String tenant : tenants) {
            String key = TokenDigests.newToken();
            generated.add(Credential.tenantKey(tenant, "key:" + tenant, TokenDigests.sha256(key), null));
            printed.put("tenant key " + tenant, key);
        }
        credentials.set(List.copyOf(generated));
        return printed;
    }

    /** A found credential, or why none was: the reason never contains the presented token. */
    public record Lookup(@Nullable Credential credential, @Nullable String problem) {
    }
}
