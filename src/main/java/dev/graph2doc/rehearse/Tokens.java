package dev.graph2doc.rehearse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credentials of one rehearsal: an operator token for {@code /migration/**} and a key per tenant for
 * {@code /v1/tenants/{t}/**}, written to a tokens file (graph2doc.security.tokens-file) readable by the owner only.
 */
record Tokens(String operator, Map<String, String> tenantKeys, Path file) {

    static Tokens generate(List<String> tenants) throws IOException {
        SecureRandom random = new SecureRandom();
        Map<String, String> keys = new LinkedHashMap<>();
        tenants.forEach(t -> keys.put(t, secret(random)));
        String operator = secret(random);
        Path file = Files.createTempFile("graph2doc-rehearsal-tokens-", ".yaml");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary folder's own protection applies
        }
        StringBuilder yaml = new StringBuilder("operators:\n  - {name: rehearsal, token: \"" + operator + "\"}\ntenants:\n");
        keys.forEach((tenant, key) -> yaml.append("  - {tenant: ").append(tenant).append(", key: \"").append(key).append("\"}\n"));
        Files.writeString(file, yaml);
        return new Tokens(operator, keys, file);
    }

    String keyOf(String tenant) {
        return tenantKeys.get(tenant);
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file holds throw-away secrets of a finished rehearsal
        }
    }

    private static String secret(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
