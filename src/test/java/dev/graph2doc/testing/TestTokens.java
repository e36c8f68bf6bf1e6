package dev.graph2doc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The tokens every test service runs with: one tokens file, written once per test JVM, that {@link TestStores}
 * hands to each service it configures; {@link ServiceClient} and {@link #request} send the matching header.
 */
public final class TestTokens {

    public static final String OPERATOR = "test-operator-token-0123456789";
    public static final String PROPERTY = "graph2doc.security.tokens-file";
    public static final String VARIABLE = "GRAPH2DOC_SECURITY_TOKENS_FILE";
    /** Every tenant a test uses; a tenant missing here answers 401 (add it). */
    public static final List<String> TENANTS = List.of("acme", "globex", "initech", "umbrella", "hooli", "stark",
            "wayne", "wonka", "tyrell", "cyberdyne", "solo", "ac", "alpha", "beta", "gamma", "delta", "t1", "t2", "t3",
            "t4", "t5", "t6", "customer");

    private static Path file;

    private TestTokens() {
    }

    public static String key(String tenant) {
        return "test-key-" + tenant + "-0123456789";
    }

    public static synchronized Path file() {
        if (file == null) {
            StringBuilder yaml = new StringBuilder("operators:\n  - {name: test-operator, token: \"" + OPERATOR + "\"}\ntenants:\n");
            TENANTS.forEach(t -> yaml.append("  - {tenant: ").append(t).append(", key: \"").append(key(t)).append("\"}\n"));
            try {
                file = Files.createTempFile("graph2doc-test-tokens-", ".yaml");
                Files.writeString(file, yaml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file.toFile().deleteOnExit();
        }
        return file;
    }

    public static Map<String, Object> properties() {
        return Map.of(PROPERTY, file().toString());
    }

    /** The bearer token a test sends to {@code path}: the tenant's key on /v1/tenants/{tenant}/..., else the operator's. */
    public static String tokenFor(String path) {
        String prefix = "/v1/tenants/";
        if (path.startsWith(prefix)) {
            String rest = path.substring(prefix.length());
            int end = rest.indexOf('/');
            return key(end < 0 ? rest : rest.substring(0, end));
        }
        return OPERATOR;
    }

    /** A request builder for {@code uri} that carries the token its path needs. */
    public static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokenFor(uri.getRawPath()));
    }
}
