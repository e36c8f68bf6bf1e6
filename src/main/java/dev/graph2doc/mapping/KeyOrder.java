package dev.graph2doc.mapping;

import java.util.Comparator;

/**
 * The order Cypher's {@code ORDER BY} gives keys, so that arrays built here sort as the renderer sorts them:
 * strings before booleans before numbers; numbers by value (a Long and a Double of one value are one key).
 */
public final class KeyOrder {

    public static final Comparator<Object> KEYS = KeyOrder::compare;

    private KeyOrder() {
    }

    public static boolean same(Object a, Object b) {
        return a != null && b != null && compare(a, b) == 0;
    }

    /** Nulls last, as {@code ORDER BY} puts them. */
    public static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int byRank = Integer.compare(rank(a), rank(b));
        if (byRank != 0) {
            return byRank;
        }
        return switch (a) {
            case String s -> s.compareTo((String) b);
            case Boolean x -> x.compareTo((Boolean) b);
            case Long x when b instanceof Long y -> x.compareTo(y);
            case Number x -> Double.compare(x.doubleValue(), ((Number) b).doubleValue());
            default -> a.toString().compareTo(b.toString());
        };
    }

    private static int rank(Object key) {
        return switch (key) {
            case String s -> 0;
            case Boolean b -> 1;
            case Number n -> 2;
            default -> 3;
        };
    }
}
