package dev.graph2doc.mapping;

import java.util.Comparator;

/**
 * The order Cypher's {@code ORDER BY} gives keys, so that arrays built here sort as the renderer sorts them:
 * strings before booleans before numbers; strings by code point, numbers by value (a Long and a Double of one
 * value are one key). Real MongoDB sorts {@code _id} strings alike (UTF-8 bytes); see {@code KeyOrderIT}.
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
            case String s -> byCodePoint(s, (String) b);
            case Boolean x -> x.compareTo((Boolean) b);
            case Long x when b instanceof Long y -> x.compareTo(y);
            case Number x -> Double.compare(x.doubleValue(), ((Number) b).doubleValue());
            default -> a.toString().compareTo(b.toString());
        };
    }

    /**
     * Unicode code point order, as Neo4j's {@code ORDER BY} and MongoDB's binary string comparison (UTF-8 bytes) sort;
     * {@link String#compareTo} compares UTF-16 units and puts a surrogate pair (😀) before U+E000..U+FFFF.
     */
    static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Strings, booleans, numbers, anything else: types order in these ranks before values order within one. */
    public static int rank(Object key) {
        return switch (key) {
            case String s -> 0;
            case Boolean b -> 1;
            case Number n -> 2;
            default -> 3;
        };
    }
}
