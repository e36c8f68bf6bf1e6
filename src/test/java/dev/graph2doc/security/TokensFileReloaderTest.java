package dev.graph2doc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensFileReloaderTest {

    private static final String OLD = "old-operator-token-0123456789";
    private static final String NEW = "new-operator-token-9876543210";

    @TempDir
    Path dir;

    private Path write(String operatorToken) throws Exception {
        return Files.writeString(dir.resolve("tokens.yaml"), "operators:\n  - {name: ops, token: \"" + operatorToken
                + "\"}\ntenants:\n  - {tenant: acme, key: \"acme-key-0123456789abcdef\"}\n");
    }

    private static boolean accepted(TokenRegistry registry, String token) {
        return registry.lookup(token).credential() != null;
    }

    @Test
    void shouldAcceptTheNewTokensAndRefuseTheOldWhenTheFileIsRotated() throws Exception {
        SecuritySettings settings = new SecuritySettings(write(OLD).toString(), null, false, false);
        TokenRegistry registry = new TokenRegistry(settings, null);
        TokensFileReloader reloader = new TokensFileReloader(registry, settings);
        assertThat(reloader.check()).isEqualTo(TokensFileReloader.Outcome.UNCHANGED);

        write(NEW);

        assertThat(reloader.check()).isEqualTo(TokensFileReloader.Outcome.RELOADED);
        assertThat(accepted(registry, NEW)).isTrue();
        assertThat(accepted(registry, OLD)).isFalse();
        assertThat(reloader.check()).isEqualTo(TokensFileReloader.Outcome.UNCHANGED);
    }

    @Test
    void shouldKeepTheAcceptedTokensWhenTheChangedFileIsInvalid() throws Exception {
        SecuritySettings settings = new SecuritySettings(write(OLD).toString(), null, false, false);
        TokenRegistry registry = new TokenRegistry(settings, null);
        TokensFileReloader reloader = new TokensFileReloader(registry, settings);

        Files.writeString(dir.resolve("tokens.yaml"), "operators:\n  - {name: ops, token: \"short\"}\n");

        assertThat(reloader.check()).isEqualTo(TokensFileReloader.Outcome.REFUSED);
        assertThat(accepted(registry, OLD)).isTrue();
        assertThat(accepted(registry, "short")).isFalse();
    }

    @Test
    void shouldKeepTheAcceptedTokensWhenTheFileIsGone() throws Exception {
        SecuritySettings settings = new SecuritySettings(write(OLD).toString(), null, false, false);
        TokenRegistry registry = new TokenRegistry(settings, null);
        TokensFileReloader reloader = new TokensFileReloader(registry, settings);

        Files.delete(dir.resolve("tokens.yaml"));

        assertThat(reloader.check()).isEqualTo(TokensFileReloader.Outcome.UNCHANGED);
        assertThat(accepted(registry, OLD)).isTrue();
    }
}
