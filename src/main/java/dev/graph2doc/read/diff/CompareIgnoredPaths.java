package dev.graph2doc.read.diff;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code graph2doc.read.compare.ignored-paths}: entries {@code <collection>.<dotted field path>}, array
 * indexes left out ({@code bins.devices.batteryPct}). A bad entry would silently ignore nothing (or hide real
 * differences), so every bad entry stops start-up, all of them reported at once.
 */
final class CompareIgnoredPaths {

    static final String PROPERTY = "graph2doc.read.compare.ignored-paths";

    private CompareIgnoredPaths() {
    }

    /**
     * The path segments per collection name.
     *
     * @throws IllegalArgumentException naming every bad entry, its value and the fix
     */
    static Map<String, List<List<String>>> parse(Mapping mapping, List<String> entries) {
        List<String> names = mapping.collections().stream().map(CollectionMapping::name).toList();
        Map<String, List<List<String>>> byCollection = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            String collection = collectionOf(entry, names);
            String problem = problem(entry, collection, names);
            if (problem != null) {
                problems.add(PROPERTY + "[" + i + "] " + (entry == null ? "null" : "'" + entry + "'") + ": " + problem);
            } else {
                List<String> path = List.of(entry.substring(collection.length() + 1).split("\\."));
                byCollection.computeIfAbsent(collection, c -> new ArrayList<>()).add(path);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " invalid " + PROPERTY + " entr"
                    + (problems.size() == 1 ? "y" : "ies") + " (write <collection>.<dotted field path>,"
                    + " array indexes left out): " + String.join("; ", problems) + ".");
        }
        return byCollection;
    }

    /** The longest collection name the entry starts with (followed by a dot or the end), or null. */
    private static String collectionOf(String entry, List<String> names) {
        String found = null;
        for (String name : names) {
            boolean prefix = entry != null && entry.startsWith(name)
                    && (entry.length() == name.length() || entry.charAt(name.length()) == '.');
            if (prefix && (found == null || name.length() > found.length())) {
                found = name;
            }
        }
        return found;
    }

    private static String problem(String entry, String collection, List<String> names) {
        if (entry == null || entry.isBlank()) {
            return "is empty; give a path or remove the entry";
        }
        if (collection == null) {
            String wrong = entry.contains(".") ? entry.substring(0, entry.indexOf('.')) : entry;
            String hint = Suggestions.didYouMean(wrong, names);
            return "no collection '" + wrong + "' in the mapping (collections: " + String.join(", ", names)
                    + ")" + (hint == null ? "; start the entry with one of them" : "; " + hint);
        }
        String path = entry.length() > collection.length() ? entry.substring(collection.length() + 1) : "";
        if (path.isEmpty()) {
            return "names collection '" + collection + "' but no field in it; write '" + collection
                    + ".<dotted field path>' (a whole collection cannot be ignored)";
        }
        for (String segment : path.split("\\.", -1)) {
            if (segment.isEmpty()) {
                return "has an empty segment; separate field names by single dots";
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                return "segment '" + segment + "' looks like an array index; leave indexes out (a path applies"
                        + " to every element of an array): '" + withoutIndexes(entry) + "'";
            }
        }
        return null;
    }

    private static String withoutIndexes(String entry) {
        return String.join(".", List.of(entry.split("\\.")).stream()
                .filter(s -> s.isEmpty() || !s.chars().allMatch(Character::isDigit)).toList());
    }
}
