package dev.graph2doc.read.diff;

import static dev.graph2doc.read.diff.DiffLevels.FIELD;
import static dev.graph2doc.read.diff.DiffLevels.ORDER;

import java.util.Arrays;
import java.util.List;

/**
 * Exact pairing of the few elements left unpaired after the equal ones: a maximum bipartite matching (Kuhn's
 * augmenting paths) over the element pairs at or below a level, tried from ORDER up. Greedy pairing can miss a
 * full pairing when "at most this level apart" is not transitive ("42" ~ 42 ~ "42.0" but "42" ≁ "42.0").
 */
final class DiffPairing {

    private DiffPairing() {
    }

    static int exact(List<?> a, List<?> b, List<Integer> unpaired, List<Integer> free, CompareRules rules,
                     int limit) {
        int n = unpaired.size();
        int[][] levels = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                levels[i][j] = DiffWalker.value(a.get(unpaired.get(i)), b.get(free.get(j)), rules, null);
            }
        }
        for (int level = ORDER; level <= limit; level++) {
            if (pairsAll(levels, level)) {
                return level;
            }
        }
        return FIELD;
    }

    private static boolean pairsAll(int[][] levels, int level) {
        int[] owner = new int[levels.length];
        Arrays.fill(owner, -1);
        for (int i = 0; i < levels.length; i++) {
            if (!augment(i, levels, level, owner, new boolean[levels.length])) {
                return false;
            }
        }
        return true;
    }

    /** Finds {@code i} a partner, moving earlier owners to other partners when that frees one. */
    private static boolean augment(int i, int[][] levels, int level, int[] owner, boolean[] seen) {
        for (int j = 0; j < levels.length; j++) {
            if (levels[i][j] <= level && !seen[j]) {
                seen[j] = true;
                if (owner[j] < 0 || augment(owner[j], levels, level, owner, seen)) {
                    owner[j] = i;
                    return true;
                }
            }
        }
        return false;
    }
}
