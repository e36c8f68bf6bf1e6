package dev.graph2doc.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON property values as canonical document values — the ones both stores hold alike: strings, booleans,
 * 64-bit integers, finite doubles, and lists of one of those. Anything else (objects, mixed or nested
 * lists, huge numbers) has no faithful form in a graph property and is refused with the reason.
 */
final class PropertyValues {

    static final int MAX_STRING = 1 << 20;
    static final int MAX_LIST = 10_000;

    private PropertyValues() {
    }

    /** The canonical value; a JSON null stays null (it removes the property). */
    static Object of(JsonNode value, String name) {
        if (value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return list(value, name);
        }
        return scalar(value, name);
    }

    private static Object scalar(JsonNode value, String name) {
        if (value.isTextual()) {
            if (value.textValue().length() > MAX_STRING) {
                throw problem(name, "is a string of " + value.textValue().length() + " characters; the limit is " + MAX_STRING);
            }
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            if (!value.canConvertToLong()) {
                throw problem(name, "is an integer outside the 64-bit range: " + value.asText());
            }
            return value.longValue();
        }
        if (value.isNumber() && Double.isFinite(value.doubleValue())) {
            return value.doubleValue();
        }
        throw problem(name, "is " + kind(value) + "; property values are strings, numbers, booleans or lists of one of those");
    }

    private static List<Object> list(JsonNode array, String name) {
        if (array.size() > MAX_LIST) {
            throw problem(name, "is a list of " + array.size() + " items; the limit is " + MAX_LIST);
        }
        List<Object> out = new ArrayList<>(array.size());
        Class<?> type = null;
        for (JsonNode item : array) {
            if (item.isNull() || item.isArray()) {
                throw problem(name, "holds " + kind(item) + "; list items are strings, numbers or booleans");
            }
            Object value = scalar(item, name);
            Class<?> itemType = value instanceof Long || value instanceof Double ? Number.class : value.getClass();
            if (type != null && type != itemType) {
                throw problem(name, "mixes value types; a graph property list holds one type");
            }
            type = itemType;
            out.add(value);
        }
        return mixedNumbersAsDoubles(out);
    }

    /** [1, 2.5] is one numeric list in JSON; the graph stores it as floats, so both stores see [1.0, 2.5]. */
    private static List<Object> mixedNumbersAsDoubles(List<Object> values) {
        boolean anyDouble = values.stream().anyMatch(v -> v instanceof Double);
        return anyDouble ? values.stream().map(v -> (Object) ((Number) v).doubleValue()).toList() : values;
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a nested list";
            case NULL -> "a null";
            default -> "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static IllegalArgumentException problem(String name, String what) {
        return new IllegalArgumentException("property '" + WritableNames.printable(name) + "' " + what);
    }
}
