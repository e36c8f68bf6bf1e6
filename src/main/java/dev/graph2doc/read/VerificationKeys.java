package dev.graph2doc.read;

import java.util.Comparator;

/**
 * The key order both stores page in, so that the verifier can merge their streams. Strings compare by code point:
 * MongoDB compares UTF-8 bytes and Cypher code points, which agree, while {@code String.compareTo} (UTF-16 units)
 * would not for characters beyond the BMP. Numbers compare by value (a Long and a Double of one value are one key).
 * Keys of different types in one collection have no common order (Cypher puts strings first, MongoDB numbers); the
 * verifier detects that instead of merging wrongly.
 */
final class VerificationKeys {

    static final Comparator<Object> ORDER = VerificationKeys::compare;

    private VerificationKeys() {
    }

    static int compare(Object a, Object b) {
        int byRank = Integer.compare(rank(a), rank(b));
        if (byRank != 0) {
            return byRank;
        }
        return switch (a) {
            case String s -> codePoints(s, (String) b);
            case Boolean x -> x.compareTo((Boolean) b);
            case Long x when b instanceof Long y -> x.compareTo(y);
            case Number x -> Double.compare(x.doubleValue(), ((Number) b).doubleValue());
            default -> a.toString().compareTo(b.toString());
        };
    }

    static boolean sameType(Object a, Object b) {
        return rank(a) == rank(b);
    }

    private static int codePoints(String a, String b) {
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

    private static int rank(Object key) {
        return switch (key) {
            case String s -> 0;
            case Boolean b -> 1;
            case Number n -> 2;
            default -> 3;
        };
    }
}
