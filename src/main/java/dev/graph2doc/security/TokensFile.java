package dev.graph2doc.security;

import dev.graph2doc.mapping.TenantName;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the tokens file:
 * <pre>
 * operators: [{name: ops, token: "...", expires: 2026-12-31T00:00:00Z}]   # or sha256: "&lt;64 hex&gt;" for token
 * tenants:   [{tenant: acme, key: "...", name: acme-app}]                 # or sha256; name and expires optional
 * </pre>
 * Every problem is reported at once; a problem names the entry and the field, never the token itself.
 */
public final class TokensFile {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@:-]{1,64}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
    static final int MIN_TOKEN_LENGTH = 16;

    private TokensFile() {
    }

    public static List<Credential> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new TokensFileException(file, List.of("it cannot be read (" + e.getClass().getSimpleName()
                    + "): check the path and its permissions"));
        }
        return read(text, SecuritySettings.TOKENS_FILE + " = " + file);
    }

    /** The same YAML given inline; {@code source} names the setting in problems. */
    public static List<Credential> read(String text, String source) {
        List<String> problems = new ArrayList<>();
        List<Credential> credentials = parse(text, problems);
        if (problems.isEmpty() && credentials.isEmpty()) {
            problems.add("it lists no operator token and no tenant key: add 'operators:' and 'tenants:' entries");
        }
        duplicates(credentials, problems);
        if (!problems.isEmpty()) {
            throw new TokensFileException(source, problems);
        }
        return List.copyOf(credentials);
    }

    static List<Credential> parse(String text, List<String> problems) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            problems.add("it is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return List.of();
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            problems.add("its top level must be a map with 'operators' and 'tenants'");
            return List.of();
        }
        map.keySet().stream().filter(k -> !Set.of("operators", "tenants").contains(String.valueOf(k)))
                .forEach(k -> problems.add("'" + k + "' is not known: use 'operators' and 'tenants'"));
        List<Credential> credentials = new ArrayList<>();
        entries(map.get("operators"), "operators", problems).forEach((i, e) -> operator(e, "operators[" + i + "]", problems, credentials));
        entries(map.get("tenants"), "tenants", problems).forEach((i, e) -> tenant(e, "tenants[" + i + "]", problems, credentials));
        return credentials;
    }

    private static Map<Integer, Map<?, ?>> entries(@Nullable Object list, String field, List<String> problems) {
        Map<Integer, Map<?, ?>> out = new java.util.TreeMap<>();
        if (list == null) {
            return out;
        }
        if (!(list instanceof List<?> items)) {
            problems.add("'" + field + "' must be a list");
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> m) {
                out.put(i, m);
            } else {
                problems.add(field + "[" + i + "] must be a map");
            }
        }
        return out;
    }

    private static void operator(Map<?, ?> e, String at, List<String> problems, List<Credential> out) {
        String name = text(e.get("name"));
        unknownFields(e, Set.of("name", "token", "sha256", "expires"), at, problems);
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(at + ".name is missing or not 1 to 64 letters, digits or _.@:- (the audit log records it)");
        }
        byte[] digest = digest(e, "token", at, problems);
        Instant expires = expires(e.get("expires"), at, problems);
        if (digest != null && name != null) {
            out.add(Credential.operator(name, digest, expires));
        }
    }

    private static void tenant(Map<?, ?> e, String at, List<String> problems, List<Credential> out) {
        String tenant = text(e.get("tenant"));
        unknownFields(e, Set.of("tenant", "name", "key", "sha256", "expires"), at, problems);
        if (!TenantName.valid(tenant)) {
            problems.add(at + ".tenant is missing or not " + TenantName.RULE);
        }
        String name = text(e.get("name"));
        if (name != null && !NAME.matcher(name).matches()) {
            problems.add(at + ".name must be 1 to 64 letters, digits or _.@:-");
        }
        byte[] digest = digest(e, "key", at, problems);
        Instant expires = expires(e.get("expires"), at, problems);
        if (digest != null && tenant != null) {
            out.add(Credential.tenantKey(tenant, name == null ? "key:" + tenant : name, digest, expires));
        }
    }

    private static void unknownFields(Map<?, ?> e, Set<String> known, String at, List<String> problems) {
        e.keySet().stream().map(String::valueOf).filter(k -> !known.contains(k)).sorted()
                .forEach(k -> problems.add(at + "." + k + " is not known: use " + known.stream().sorted().toList()));
    }

    private static byte[] digest(Map<?, ?> e, String plainField, String at, List<String> problems) {
        String plain = text(e.get(plainField));
        String hex = text(e.get("sha256"));
        if ((plain == null) == (hex == null)) {
            problems.add(at + " needs exactly one of '" + plainField + "' (the token) or 'sha256' (its SHA-256 in hex)");
            return null;
        }
        if (plain != null) {
            if (plain.length() < MIN_TOKEN_LENGTH) {
                problems.add(at + "." + plainField + " is shorter than " + MIN_TOKEN_LENGTH
                        + " characters: use a random one, e.g. 'openssl rand -base64 32'");
                return null;
            }
            return TokenDigests.sha256(plain);
        }
        if (!HEX64.matcher(hex).matches()) {
            problems.add(at + ".sha256 is not 64 hex digits: write the output of 'printf %s TOKEN | sha256sum'");
            return null;
        }
        return HexFormat.of().parseHex(hex.toLowerCase());
    }

    private static @Nullable Instant expires(@Nullable Object value, String at, List<String> problems) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) { // YAML reads an unquoted timestamp as a date
            return date.toInstant();
        }
        try {
            return Instant.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            problems.add(at + ".expires = '" + value + "' is not an ISO-8601 instant, e.g. 2026-12-31T00:00:00Z");
            return null;
        }
    }

    private static void duplicates(List<Credential> credentials, List<String> problems) {
        for (int i = 0; i < credentials.size(); i++) {
            for (int j = i + 1; j < credentials.size(); j++) {
                if (TokenDigests.same(credentials.get(i).digest(), credentials.get(j).digest())) {
                    problems.add("'" + credentials.get(i).name() + "' and '" + credentials.get(j).name()
                            + "' share one token: every token must be used by one entry only");
                }
            }
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
