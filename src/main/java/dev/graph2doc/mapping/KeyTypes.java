package dev.graph2doc.mapping;

import dev.graph2doc.mapping.GraphSchema.KeyType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether a property's values are of one kind. Keys are ordered (the copy partitions and pages by key), and both
 * stores order values of different kinds apart, so a collection's keys must share one class: string, boolean,
 * number (INTEGER and FLOAT order together) or other.
 */
public final class KeyTypes {

    private KeyTypes() {
    }

    /** {@code string}, {@code boolean}, {@code number} or {@code other}, for a Cypher type name. */
    public static String typeClass(String type) {
        return switch (type) {
            case "STRING" -> "string";
            case "BOOLEAN" -> "boolean";
            case "INTEGER", "FLOAT" -> "number";
            default -> "other";
        };
    }

    /** True when {@code types} span more than one class. */
    public static boolean mixed(Collection<KeyType> types) {
        Set<String> classes = types.stream().map(t -> typeClass(t.type())).collect(Collectors.toCollection(TreeSet::new));
        return classes.size() > 1;
    }

    /**
     * True when a field's values are of more than one type, INTEGER and FLOAT counting as one (numbers compare
     * across both): a STRING and a DATE differ, and so do a DATE and a ZONED DATETIME (different document shapes).
     */
    public static boolean mixedValues(Collection<KeyType> types) {
        return types.stream().map(t -> typeClass(t.type()).equals("number") ? "number" : t.type()).distinct().count() > 1;
    }

    /** The one-sentence problem when the key values of {@code collection} span more than one class. */
    public static Optional<String> mixedProblem(String collection, String label, String key, List<KeyType> types) {
        if (!mixed(types)) {
            return Optional.empty();
        }
        return Optional.of("key '" + key + "' of " + label + " (collection " + collection + ") mixes types: "
                + describe(types) + ": keys of one collection must have one type — convert them (e.g. MATCH (n:"
                + label + ") SET n." + key + " = " + conversion(types.get(0).type()) + "(n." + key
                + ")) or choose another key");
    }

    /** e.g. {@code STRING on 39 nodes (e.g. '10.4.9', '10.4.8'), INTEGER on 1 (e.g. 10410)}. */
    public static String describe(List<KeyType> types) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < types.size(); i++) {
            KeyType t = types.get(i);
            out.append(i == 0 ? "" : ", ").append(t.type()).append(" on ").append(t.count())
                    .append(i == 0 ? " nodes" : "");
            if (!t.examples().isEmpty()) {
                out.append(" (e.g. ").append(t.examples().stream().map(KeyTypes::quoted)
                        .collect(Collectors.joining(", "))).append(')');
            }
        }
        return out.toString();
    }

    private static String conversion(String majority) {
        return switch (typeClass(majority)) {
            case "number" -> majority.equals("FLOAT") ? "toFloat" : "toInteger";
            case "boolean" -> "toBoolean";
            default -> "toString";
        };
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
}
