package dev.graph2doc.mapping;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Exact equality of document values, byte arrays included (which {@code Object.equals} compares by identity). */
public final class DocumentEquality {

    private DocumentEquality() {
    }

    public static boolean same(DocumentView a, DocumentView b) {
        return a.collection().equals(b.collection()) && same(a.key(), b.key()) && a.version() == b.version()
                && same(a.body(), b.body());
    }

    public static boolean same(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size() && x.entrySet().stream()
                    .allMatch(e -> y.containsKey(e.getKey()) && same(e.getValue(), y.get(e.getKey())));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = y.iterator();
            return x.stream().allMatch(item -> same(item, i.next()));
        }
        return Objects.equals(a, b);
    }
}
