package dev.graph2doc.security;

import java.nio.file.Path;
import java.util.List;

/** The tokens file cannot be used; the message names the file and every problem in it, never a token. */
public final class TokensFileException extends RuntimeException {

    public TokensFileException(Path file, List<String> problems) {
        this(SecuritySettings.TOKENS_FILE + " = " + file, problems);
    }

    /** {@code source}: the setting and, for a file, its path. */
    public TokensFileException(String source, List<String> problems) {
        super(source + " cannot be used: " + String.join("; ", problems));
    }
}
