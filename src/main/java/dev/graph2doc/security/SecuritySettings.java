package dev.graph2doc.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * Who may call what. {@code tokens-file}: the YAML file of operator tokens and tenant keys ({@link TokensFile});
 * {@code tokens}: the same YAML inline, for a container fed by environment variables ({@code GRAPH2DOC_SECURITY_TOKENS});
 * {@code protect-metrics}: {@code /prometheus} needs an operator token too (open by default for a scraper on a
 * private network); {@code insecure-dev}: authentication off, every endpoint open — a developer's laptop only.
 */
@Singleton
public record SecuritySettings(
        @Nullable @Value("${graph2doc.security.tokens-file:}") String tokensFile,
        @Nullable @Value("${graph2doc.security.tokens:}") String tokens,
        @Value("${graph2doc.security.protect-metrics:false}") boolean protectMetrics,
        @Value("${graph2doc.security.insecure-dev:false}") boolean insecureDev) {

    public static final String TOKENS_FILE = "graph2doc.security.tokens-file (GRAPH2DOC_SECURITY_TOKENS_FILE)";
    public static final String TOKENS = "graph2doc.security.tokens (GRAPH2DOC_SECURITY_TOKENS)";
    public static final String INSECURE_DEV = "graph2doc.security.insecure-dev (--insecure-dev)";

    public @Nullable Path tokensPath() {
        return tokensFile == null || tokensFile.isBlank() ? null : Path.of(tokensFile);
    }

    public @Nullable String inlineTokens() {
        return tokens == null || tokens.isBlank() ? null : tokens;
    }

    /** Where the tokens come from, for the start-up line: never the tokens themselves. */
    public String source() {
        return tokensPath() != null ? tokensPath().toString() : inlineTokens() != null ? TOKENS : "nowhere";
    }
}
