package dev.graph2doc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensFileTest {

    private static final String TOKEN = "ops-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void shouldReadPlainAndHashedTokensWithNamesTenantsAndExpiry() throws IOException {
        List<Credential> credentials = TokensFile.read(file("""
                operators:
                  - {name: ops, token: "%s", expires: 2030-01-01T00:00:00Z}
                tenants:
                  - {tenant: acme, sha256: "%s", name: acme-app}
                  - {tenant: globex, key: "globex-key-0123456789"}
                """.formatted(TOKEN, TokenDigests.sha256Hex("acme-key-0123456789"))));

        assertThat(credentials).extracting(Credential::kind, Credential::name, Credential::tenant).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CallerKind.OPERATOR, "ops", null),
                org.assertj.core.groups.Tuple.tuple(CallerKind.TENANT, "acme-app", "acme"),
                org.assertj.core.groups.Tuple.tuple(CallerKind.TENANT, "key:globex", "globex"));
        assertThat(credentials.get(0).expires()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(credentials.get(1).digest()).isEqualTo(TokenDigests.sha256("acme-key-0123456789"));
    }

    @Test
    void shouldReportEveryProblemAtOnceWithoutEchoingAnyTokenWhenEntriesAreBad() throws IOException {
        Path file = file("""
                operators:
                  - {token: "short"}
                  - {name: ops, token: "%s", sha256: "abc"}
                tenants:
                  - {tenant: "../etc", key: "tenant-key-0123456789"}
                  - {tenant: acme, sha256: "not-hex", expires: soon}
                  - {tenant: acme, key: "%s", colour: blue}
                extra: 1
                """.formatted(TOKEN, TOKEN));

        assertThatThrownBy(() -> TokensFile.read(file)).isInstanceOf(TokensFileException.class)
                .hasMessageStartingWith("graph2doc.security.tokens-file (GRAPH2DOC_SECURITY_TOKENS_FILE) = " + file)
                .hasMessageContaining("'extra' is not known")
                .hasMessageContaining("operators[0].name is missing")
                .hasMessageContaining("operators[0].token is shorter than 16 characters")
                .hasMessageContaining("operators[1] needs exactly one of 'token' (the token) or 'sha256'")
                .hasMessageContaining("tenants[0].tenant is missing or not 1 to 48 letters")
                .hasMessageContaining("tenants[1].sha256 is not 64 hex digits")
                .hasMessageContaining("tenants[1].expires = 'soon' is not an ISO-8601 instant")
                .hasMessageContaining("tenants[2].colour is not known")
                .message().doesNotContain(TOKEN).doesNotContain("short\"").doesNotContain("tenant-key-0123456789");
    }

    @Test
    void shouldRefuseOneTokenUsedByTwoEntriesWhenItWouldBeAmbiguous() throws IOException {
        Path file = file("""
                operators: [{name: ops, token: "%s"}]
                tenants: [{tenant: acme, key: "%s"}]
                """.formatted(TOKEN, TOKEN));

        assertThatThrownBy(() -> TokensFile.read(file)).hasMessageContaining("'ops' and 'key:acme' share one token");
    }

    @Test
    void shouldRefuseAnEmptyOrUnreadableFileWhenNothingWouldBeAccepted() throws IOException {
        assertThatThrownBy(() -> TokensFile.read(file(""))).hasMessageContaining("lists no operator token and no tenant key");
        assertThatThrownBy(() -> TokensFile.read(dir.resolve("missing.yaml"))).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> TokensFile.read(file("operators: [unclosed"))).hasMessageContaining("is not valid YAML");
    }

    private Path file(String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "tokens", ".yaml"), yaml);
    }
}
