package dev.graph2doc.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * Who may call what. {@code tokens-file}: the YAML file of operator tokens and tenant keys ({@link TokensFile});
 * {@code protect-metrics}: {@code /prometheus} needs an operator token too (open by default for a scraper on a
 * private network); {@code insecure-dev}: authentication off, every endpoint open — a developer's laptop only.
 */
@Singleton
public record SecuritySettings(
        @Nullable @Value("${graph2doc.security.tokens-file:}") String tokensFile,
        @Value("${graph2doc.security.protect-metrics:false}") boolean protectMetrics,
        @Value("${graph2doc.security.insecure-dev:false}") boolean insecureDev) {

    public static final String TOKENS_FILE = "graph2doc.security.tokens-file (GRAPH2DOC_SECURITY_TOKENS_FILE)";
    public static final String INSECURE_DEV = "graph2doc.security.insecure-dev (--insecure-dev)";

    public @Nullable Path tokensPath() {
        return tokensFile == null || tokensFile.isBlank() ? null : Path.of(tokensFile);
    }
}
