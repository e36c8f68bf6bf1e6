package dev.graph2doc.read.diff;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares the bodies of two renderings of one document (keys and versions are the caller's concern), as the
 * mapping means them. Not differences: numbers of any Number type that are numerically equal (42, 42L, 42.0);
 * the same instant as Instant, java.util.Date or, facing one of those, an ISO-8601 instant string; byte arrays
 * with the same content; map key order; the order of arrays the mapping declares as sets (embeds and
 * references with {@code set: true}, compared as multisets); ignored paths.
 *
 * <p>The outcome is the most severe of what differs: FIELD (a value differs, a field or element is missing or
 * extra, null faces a value, lengths differ), else TYPE (a String faces the Boolean or Number it spells:
 * "true" and true, "42" or "42.0" and 42), else ARRAY_ORDER (a non-set array holds the same elements in another
 * order), else MATCH. The paths are every differing path, sorted: {@code devices.2.model} inside non-set
 * arrays; a set array's own path ({@code binIds}) for any difference inside it, and a non-set array's own
 * path when it is reordered or its length differs.
 */
public final class DocumentDiff {

    private final Map<String, CompareRules> rules = new HashMap<>();
    private final Map<String, CompareRules> unknown = new ConcurrentHashMap<>();

    /**
     * @param ignoredPaths {@code <collection>.<dotted field path>}, array indexes left out
     *                     ({@code bins.devices.batteryPct})
     * @throws IllegalArgumentException naming every bad entry of {@code ignoredPaths}, its value and the fix
     */
    public DocumentDiff(Mapping mapping, List<String> ignoredPaths) {
        Map<String, List<List<String>>> ignored = CompareIgnoredPaths.parse(mapping,
                ignoredPaths == null ? List.of() : ignoredPaths);
        for (CollectionMapping collection : mapping.collections()) {
            rules.put(collection.name(), CompareRules.of(collection, ignored.getOrDefault(collection.name(), List.of())));
        }
    }

    /** {@code control} or {@code candidate} null: that side has no such document. */
    public Difference compare(CollectionMapping collection, DocumentView control, DocumentView candidate) {
        if (control == null && candidate == null) {
            return Difference.match();
        }
        if (candidate == null) {
            return Difference.of(Outcome.MISSING);
        }
        if (control == null) {
            return Difference.of(Outcome.EXTRA);
        }
        CompareRules of = rulesOf(collection);
        Map<String, Object> a = bodyOf(control);
        Map<String, Object> b = bodyOf(candidate);
        // Nearly every comparison matches: answer those without building a single path string.
        if (DiffWalker.maps(a, b, of, null) == DiffLevels.EQUAL) {
            return Difference.match();
        }
        DiffCollector out = new DiffCollector();
        int level = DiffWalker.maps(a, b, of, out);
        return new Difference(DiffLevels.outcome(level), out.paths());
    }

    /** A collection from another mapping instance (a reload) still gets its own set rules, without ignored paths. */
    private CompareRules rulesOf(CollectionMapping collection) {
        CompareRules known = rules.get(collection.name());
        return known != null ? known : unknown.computeIfAbsent(collection.name(),
                name -> CompareRules.of(collection, List.of()));
    }

    private static Map<String, Object> bodyOf(DocumentView document) {
        return document.body() == null ? Map.of() : document.body();
    }
}
