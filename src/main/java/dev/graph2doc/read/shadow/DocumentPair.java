package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.KeyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One key as the control and the candidate answered it; either side null when that store has no such document. */
record DocumentPair(Object key, DocumentView control, DocumentView candidate) {

    /** Same version on both sides (or a side absent): a difference is then not a write racing the read. */
    boolean sameVersion() {
        return control != null && candidate != null && control.version() == candidate.version();
    }

    /**
     * Pairs the documents of two answers by key, up to the lower bound of the two: past the end of a full page,
     * a key one store lists and the other does not is on the other's next page, not missing.
     */
    static List<DocumentPair> pair(Observation control, Observation candidate) {
        Object bound = lower(control.bound(), candidate.bound());
        Map<Object, DocumentView[]> byKey = new TreeMap<>(KeyOrder.KEYS);
        add(byKey, control, 0, bound);
        add(byKey, candidate, 1, bound);
        List<DocumentPair> pairs = new ArrayList<>(byKey.size());
        byKey.forEach((key, sides) -> pairs.add(new DocumentPair(key, sides[0], sides[1])));
        return pairs;
    }

    private static void add(Map<Object, DocumentView[]> byKey, Observation answer, int side, Object bound) {
        for (DocumentView doc : answer.documents()) {
            if (bound == null || KeyOrder.compare(doc.key(), bound) <= 0) {
                byKey.computeIfAbsent(doc.key(), k -> new DocumentView[2])[side] = doc;
            }
        }
    }

    private static Object lower(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return KeyOrder.compare(a, b) <= 0 ? a : b;
    }
}
