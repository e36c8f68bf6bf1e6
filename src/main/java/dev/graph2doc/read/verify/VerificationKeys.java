package dev.graph2doc.read.verify;

import dev.graph2doc.mapping.KeyOrder;
import java.util.Comparator;

/**
 * The key order both stores page in ({@link KeyOrder}: strings by code point, numbers by value), so that the verifier
 * can merge their streams. Keys of different types in one collection have no common order (Cypher puts strings
 * first, MongoDB numbers); the verifier detects that instead of merging wrongly.
 */
final class VerificationKeys {

    static final Comparator<Object> ORDER = KeyOrder.KEYS;

    private VerificationKeys() {
    }

    static int compare(Object a, Object b) {
        return KeyOrder.compare(a, b);
    }

    static boolean sameType(Object a, Object b) {
        return KeyOrder.rank(a) == KeyOrder.rank(b);
    }
}
