package dev.graph2doc.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Equality on top-level root fields: a document passes when, for every named field, its value equals one of the
 * listed values (a query-string "240" may mean the string, the integer or the float). Empty: every document.
 */
public record FieldFilter(Map<String, List<Object>> anyOf) {

    public static final FieldFilter NONE = new FieldFilter(Map.of());

    public FieldFilter {
        Map<String, List<Object>> copy = new LinkedHashMap<>();
        anyOf.forEach((field, values) -> copy.put(field, List.copyOf(values)));
        anyOf = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return anyOf.isEmpty();
    }
}
