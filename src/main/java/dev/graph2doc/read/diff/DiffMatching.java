package dev.graph2doc.read.diff;

import static dev.graph2doc.read.diff.DiffLevels.EQUAL;
import static dev.graph2doc.read.diff.DiffLevels.FIELD;
import static dev.graph2doc.read.diff.DiffLevels.ORDER;
import static dev.graph2doc.read.diff.DiffLevels.TYPE;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Arrays compared as multisets: pairs each element of one side with a distinct element of the other. Elements
 * equal at the same index are paired first (both stores keep set arrays in key order, so that is nearly always
 * all of them), then equal ones greedily, then the rest by the least severe level that pairs them all.
 */
final class DiffMatching {

    /** Above this many unpaired elements, pair greedily instead of exactly (the exact way is quadratic in memory). */
    private static final int EXACT_LIMIT = 64;

    private DiffMatching() {
    }

    /** A set array: its level (a difference inside any element is reported at the array's path). */
    static int set(List<?> a, List<?> b, CompareRules rules, DiffCollector out) {
        int level = a.size() != b.size() ? FIELD : pairedLevel(indexed(a), indexed(b), rules, TYPE);
        if (level != EQUAL && out != null) {
            out.record();
        }
        return level;
    }

    /** Whether a non-set array holds the same elements as the other, equal or reordered inside, in another order. */
    static boolean permutation(List<?> a, List<?> b, CompareRules rules) {
        return pairedLevel(indexed(a), indexed(b), rules, ORDER) <= ORDER;
    }

    /** The least level up to {@code limit} at which every element finds a partner; FIELD when none does. */
    private static int pairedLevel(List<?> a, List<?> b, CompareRules rules, int limit) {
        int n = a.size();
        int first = 0;
        while (first < n && DiffWalker.value(a.get(first), b.get(first), rules, null) == EQUAL) {
            first++;
        }
        if (first == n) {
            return EQUAL;
        }
        boolean[] taken = new boolean[n];
        List<Integer> unpaired = pairEqual(a, b, first, taken, rules);
        if (unpaired.isEmpty()) {
            return EQUAL;
        }
        List<Integer> free = new ArrayList<>();
        for (int j = first; j < n; j++) {
            if (!taken[j]) {
                free.add(j);
            }
        }
        return unpaired.size() <= EXACT_LIMIT ? DiffPairing.exact(a, b, unpaired, free, rules, limit)
                : greedy(a, b, unpaired, taken, first, rules, limit);
    }

    /** Pairs equal elements from {@code first} on, marking their partners taken; answers the elements left over. */
    private static List<Integer> pairEqual(List<?> a, List<?> b, int first, boolean[] taken, CompareRules rules) {
        List<Integer> unpaired = new ArrayList<>();
        for (int i = first; i < a.size(); i++) {
            int j = partner(a.get(i), b, first, taken, rules, EQUAL);
            if (j < 0) {
                unpaired.add(i);
            } else {
                taken[j] = true;
            }
        }
        return unpaired;
    }

    /** Greedy by level: for each level, the first free partner at that level or better. */
    private static int greedy(List<?> a, List<?> b, List<Integer> unpaired, boolean[] taken, int first,
                              CompareRules rules, int limit) {
        for (int level = ORDER; level <= limit; level++) {
            boolean[] trial = taken.clone();
            boolean all = true;
            for (int i = 0; i < unpaired.size() && all; i++) {
                int j = partner(a.get(unpaired.get(i)), b, first, trial, rules, level);
                all = j >= 0;
                if (all) {
                    trial[j] = true;
                }
            }
            if (all) {
                return level;
            }
        }
        return FIELD;
    }

    /** The first free element of {@code b} (from {@code first}) at most {@code level} from {@code element}, or -1. */
    private static int partner(Object element, List<?> b, int first, boolean[] taken, CompareRules rules, int level) {
        for (int j = first; j < b.size(); j++) {
            if (!taken[j] && DiffWalker.value(element, b.get(j), rules, null) <= level) {
                return j;
            }
        }
        return -1;
    }

    private static List<?> indexed(List<?> list) {
        return list instanceof RandomAccess ? list : new ArrayList<>(list);
    }
}
