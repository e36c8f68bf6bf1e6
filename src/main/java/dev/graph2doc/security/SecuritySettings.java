package dev.graph2doc.security;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;
import java.util.List;

/**
 * Who may call what. {@code tokens-file}: the YAML file of operator tokens and tenant keys ({@link TokensFile});
 * {@code tokens}: the same YAML inline, for a container fed by environment variables ({@code GRAPH2DOC_SECURITY_TOKENS});
 * {@code protect-metrics}: {@code /prometheus} needs an operator token too (open by default for a scraper on a
 * private network); {@code insecure-dev}: authentication off, every endpoint open — a developer's laptop only;
 * {@code audit-capacity}: how many operator actions the control database keeps.
 */
@ConfigurationProperties("graph2doc.security")
public record SecuritySettings(@Nullable String tokensFile, @Nullable String tokens,
                               @Bindable(defaultValue = "false") boolean protectMetrics,
                               @Bindable(defaultValue = "false") boolean insecureDev,
                               @Bindable(defaultValue = "10000") int auditCapacity) implements CheckedProperties {

    @Creator
    public SecuritySettings {
    }

    /** With the default audit capacity. */
    public SecuritySettings(@Nullable String tokensFile, @Nullable String tokens, boolean protectMetrics,
                            boolean insecureDev) {
        this(tokensFile, tokens, protectMetrics, insecureDev, 10_000);
    }

    @Override
    public List<String> problems() {
        return auditCapacity < 1 ? List.of("graph2doc.security.audit-capacity = " + auditCapacity + " must be 1 or more")
                : List.of();
    }

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
