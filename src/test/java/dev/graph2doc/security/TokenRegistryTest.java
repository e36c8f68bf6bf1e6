package dev.graph2doc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenRegistryTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void shouldFindTheCredentialWhenTheTokenIsKnownAndUnexpired() throws IOException {
        TokenRegistry registry = registry("operators: [{name: ops, token: ops-token-0123456789, expires: 2026-06-02T00:00:00Z}]");

        assertThat(registry.lookup("ops-token-0123456789").credential().name()).isEqualTo("ops");
    }

    @Test
    void shouldNameTheExpiryWithoutTheTokenWhenTheTokenHasExpired() throws IOException {
        TokenRegistry registry = registry("operators: [{name: ops, token: ops-token-0123456789, expires: 2026-06-01T00:00:00Z}]");

        TokenRegistry.Lookup lookup = registry.lookup("ops-token-0123456789");

        assertThat(lookup.credential()).isNull();
        assertThat(lookup.problem()).isEqualTo("the bearer token 'ops' expired at 2026-06-01T00:00:00Z: ask for a new one")
                .doesNotContain("ops-token");
    }

    @Test
    void shouldRefuseWithoutEchoingWhenTheTokenIsUnknown() throws IOException {
        TokenRegistry.Lookup lookup = registry("operators: [{name: ops, token: ops-token-0123456789}]").lookup("guess-0123");

        assertThat(lookup.credential()).isNull();
        assertThat(lookup.problem()).doesNotContain("guess");
    }

    @Test
    void shouldAcceptGeneratedTokensOnlyForTheirOwnTenantWhenNoneWereConfigured() {
        TokenRegistry registry = new TokenRegistry(new SecuritySettings(null, null, false, false), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(registry.isEmpty()).isTrue();

        Map<String, String> printed = registry.generate(List.of("acme", "globex"));

        assertThat(printed.keySet()).containsExactly("operator token", "tenant key acme", "tenant key globex");
        assertThat(printed.values()).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).hasSize(43));
        assertThat(registry.lookup(printed.get("operator token")).credential().kind()).isEqualTo(CallerKind.OPERATOR);
        assertThat(registry.lookup(printed.get("tenant key globex")).credential().tenant()).isEqualTo("globex");
        assertThatThrownBy(() -> registry.generate(List.of("acme"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldReadInlineYamlWhenTokensComeFromAnEnvironmentVariable() {
        TokenRegistry registry = new TokenRegistry(new SecuritySettings(null,
                "operators: [{name: compose-ops, token: ops-token-0123456789}]", false, false), Clock.systemUTC());

        assertThat(registry.lookup("ops-token-0123456789").credential().name()).isEqualTo("compose-ops");
    }

    @Test
    void shouldRefuseBothSourcesWhenAFileAndInlineTokensAreSet() throws IOException {
        Path file = Files.writeString(dir.resolve("tokens.yaml"), "operators: [{name: ops, token: ops-token-0123456789}]");

        assertThatThrownBy(() -> new TokenRegistry(new SecuritySettings(file.toString(),
                "operators: [{name: ops, token: other-token-0123456789}]", false, false), Clock.systemUTC()))
                .hasMessage("graph2doc.security.tokens-file (GRAPH2DOC_SECURITY_TOKENS_FILE) and graph2doc.security.tokens "
                        + "(GRAPH2DOC_SECURITY_TOKENS) cannot be used: both are set: keep one, so that there is one place to rotate tokens");
    }

    private TokenRegistry registry(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("tokens.yaml"), yaml);
        return new TokenRegistry(new SecuritySettings(file.toString(), null, false, false), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
