package dev.graph2doc.read.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The paths where two documents differ, collected on the second, detailed pass (only documents that differ
 * get one, so the path strings are built only for them). Sorted by segment, indexes numerically:
 * {@code devices.2.model} before {@code devices.10.model}.
 */
final class DiffCollector {

    private final List<Object> segments = new ArrayList<>();
    private final TreeSet<String> paths = new TreeSet<>(DiffCollector::byPath);

    void push(Object key) {
        segments.add(String.valueOf(key));
    }

    void pushIndex(int index) {
        segments.add(index);
    }

    void pop() {
        segments.removeLast();
    }

    /** The current path differs (the level is the caller's result; only the path is kept). */
    void record() {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(segment);
        }
        paths.add(path.toString());
    }

    List<String> paths() {
        return List.copyOf(paths);
    }

    static int byPath(String a, String b) {
        String[] x = a.split("\\.", -1);
        String[] y = b.split("\\.", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int order = bySegment(x[i], y[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** Numbers by value (shorter digit strings first, no overflow), before names; names as strings. */
    private static int bySegment(String a, String b) {
        boolean numberA = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean numberB = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (numberA && numberB) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
