package dev.graph2doc.read.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an operator asked to verify, resolved: the tenants and collections named (or all of them), and whether to repair. */
public record VerificationRequest(List<String> tenants, List<String> collections, boolean repair) {

    private static final Set<String> FIELDS = Set.of("tenants", "collections", "repair");

    public VerificationRequest {
        tenants = List.copyOf(tenants);
        collections = List.copyOf(collections);
    }

    /**
     * Reads a request body ({@code null}: all defaults). Every problem is reported at once, naming the value and what
     * is allowed, so that one correction is enough.
     *
     * @throws IllegalArgumentException listing every problem
     */
    public static VerificationRequest parse(Map<String, ?> body, List<String> knownTenants, List<String> knownCollections) {
        Map<String, ?> b = body == null ? Map.of() : body;
        List<String> problems = new ArrayList<>();
        b.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted().forEach(k -> problems.add(
                "unknown field '" + k + "': a verification request has tenants, collections and repair"));
        List<String> tenants = names(b.get("tenants"), "tenants", "tenant", knownTenants, "the graph holds", problems);
        List<String> collections = names(b.get("collections"), "collections", "collection", knownCollections,
                "the mapping declares", problems);
        Object repair = b.get("repair");
        if (repair != null && !(repair instanceof Boolean)) {
            problems.add("repair = " + quoted(repair) + " must be true or false");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
        return new VerificationRequest(tenants, collections, Boolean.TRUE.equals(repair));
    }

    /** The named values in the order known lists them, or all of them when none are named. */
    private static List<String> names(Object value, String field, String noun, List<String> known, String source,
                                      List<String> problems) {
        if (value == null) {
            return known;
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            problems.add(field + " = " + quoted(value) + " must be a list of " + noun + " names, e.g. "
                    + quoted(known.stream().limit(2).toList()) + "; " + source + " " + known);
            return List.of();
        }
        Set<String> named = new LinkedHashSet<>(list.stream().map(String.class::cast).toList());
        List<String> unknown = named.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            problems.add("Unknown " + noun + "(s) " + unknown + ": " + source + " " + known);
        }
        return named.isEmpty() ? known : known.stream().filter(named::contains).toList();
    }

    private static String quoted(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(VerificationRequest::quoted).toList().toString().replace(" ", "");
        }
        return String.valueOf(value);
    }

    /** Whether the run covers every collection of the mapping: only then can it prove a tenant clean. */
    public boolean coversAll(List<String> knownCollections) {
        return collections.containsAll(knownCollections);
    }
}
