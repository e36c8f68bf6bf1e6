package dev.graph2doc.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotation without a restart: every {@code graph2doc.security.reload-interval} (10s) the tokens file is read again
 * and, when its content changed and is valid, its tokens replace the accepted ones. A changed file that is not
 * valid (a typo while rotating) is refused with its problems logged, and the tokens accepted before stay, so a
 * slip cannot lock every operator and application out.
 */
@Singleton
@Requires(property = "graph2doc.security.tokens-file")
public class TokensFileReloader {

    private static final Logger LOG = LoggerFactory.getLogger(TokensFileReloader.class);

    private final TokenRegistry registry;
    private final Path file;
    private byte[] loaded;

    public TokensFileReloader(TokenRegistry registry, SecuritySettings settings) {
        this.registry = registry;
        this.file = settings.tokensPath();
        this.loaded = digest();
    }

    /** What happened at a check: nothing changed, the new tokens were taken, or the changed file was refused. */
    public enum Outcome { UNCHANGED, RELOADED, REFUSED }

    @Scheduled(fixedDelay = "${graph2doc.security.reload-interval:10s}", initialDelay = "${graph2doc.security.reload-interval:10s}")
    public synchronized Outcome check() {
        byte[] now = digest();
        if (file == null || now == null || Arrays.equals(now, loaded)) {
            return Outcome.UNCHANGED;
        }
        loaded = now;
        try {
            registry.replace(TokensFile.read(file));
            LOG.info("tokens file {} changed: now accepting {}", file, registry.describe());
            return Outcome.RELOADED;
        } catch (TokensFileException e) {
            LOG.error("tokens file {} changed but is not valid, the tokens accepted before stay: {}", file, e.getMessage());
            return Outcome.REFUSED;
        }
    }

    private byte[] digest() {
        if (file == null) {
            return null;
        }
        try {
            return TokenDigests.sha256(Files.readString(file));
        } catch (IOException e) {
            LOG.warn("tokens file {} cannot be read ({}); the tokens accepted before stay", file, e.toString());
            return null;
        }
    }
}
