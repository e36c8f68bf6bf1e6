package dev.graph2doc.read.diff;

import static dev.graph2doc.read.diff.DiffLevels.EQUAL;
import static dev.graph2doc.read.diff.DiffLevels.FIELD;
import static dev.graph2doc.read.diff.DiffLevels.ORDER;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Walks two values side by side and answers their {@link DiffLevels level}. With a null collector it only
 * answers, stopping at the first FIELD difference and allocating nothing on equal documents; with one, it
 * walks everything and records each differing path.
 */
final class DiffWalker {

    private DiffWalker() {
    }

    /** {@code rules}: those of this path, or null when none apply here or below. */
    static int value(Object a, Object b, CompareRules rules, DiffCollector out) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return maps(x, y, rules, out);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return rules != null && rules.set() ? DiffMatching.set(x, y, rules, out) : lists(x, y, rules, out);
        }
        return recorded(DiffScalars.level(a, b), out);
    }

    /** Key order is irrelevant; a key on one side only is FIELD, even when the other side's value is null. */
    static int maps(Map<?, ?> a, Map<?, ?> b, CompareRules rules, DiffCollector out) {
        int worst = EQUAL;
        int shared = 0; // keys of a that b has too: when b has no more, it has no keys of its own
        for (Map.Entry<?, ?> entry : a.entrySet()) {
            Object key = entry.getKey();
            Object other = b.get(key);
            boolean inB = other != null || b.containsKey(key);
            shared += inB ? 1 : 0;
            CompareRules child = rules == null ? null : rules.child(key);
            if (child != null && child.ignored()) {
                continue;
            }
            push(out, key);
            worst = Math.max(worst, inB ? value(entry.getValue(), other, child, out) : recorded(FIELD, out));
            pop(out);
            if (worst == FIELD && out == null) {
                return FIELD;
            }
        }
        return shared == b.size() ? worst : Math.max(worst, onlyInSecond(a, b, rules, out));
    }

    /**
     * A non-set array: element by element. Elements that are all there but in another order are ORDER at the
     * array's path (not FIELD at every index); a length difference is FIELD at the array's path.
     */
    static int lists(List<?> a, List<?> b, CompareRules rules, DiffCollector out) {
        if (a.size() != b.size()) {
            return recorded(FIELD, out);
        }
        int positional = positional(a, b, rules, null);
        if (positional == EQUAL) {
            return EQUAL;
        }
        if (positional == FIELD && DiffMatching.permutation(a, b, rules)) {
            return recorded(ORDER, out);
        }
        return out == null ? positional : positional(a, b, rules, out);
    }

    private static int positional(List<?> a, List<?> b, CompareRules rules, DiffCollector out) {
        int worst = EQUAL;
        Iterator<?> other = b.iterator();
        int index = 0;
        for (Object element : a) {
            if (out != null) {
                out.pushIndex(index);
            }
            worst = Math.max(worst, value(element, other.next(), rules, out));
            pop(out);
            if (worst == FIELD && out == null) {
                return FIELD;
            }
            index++;
        }
        return worst;
    }

    private static int onlyInSecond(Map<?, ?> a, Map<?, ?> b, CompareRules rules, DiffCollector out) {
        int worst = EQUAL;
        for (Object key : b.keySet()) {
            CompareRules child = rules == null ? null : rules.child(key);
            if (!a.containsKey(key) && (child == null || !child.ignored())) {
                push(out, key);
                worst = recorded(FIELD, out);
                pop(out);
                if (out == null) {
                    return FIELD;
                }
            }
        }
        return worst;
    }

    private static int recorded(int level, DiffCollector out) {
        if (level != EQUAL && out != null) {
            out.record();
        }
        return level;
    }

    private static void push(DiffCollector out, Object key) {
        if (out != null) {
            out.push(key);
        }
    }

    private static void pop(DiffCollector out) {
        if (out != null) {
            out.pop();
        }
    }
}
