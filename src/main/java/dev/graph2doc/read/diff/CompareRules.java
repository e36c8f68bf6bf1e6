package dev.graph2doc.read.diff;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the comparison must know about one path of a collection's documents, as a tree over the path's
 * segments (array indexes left out: a rule for {@code devices.batteryPct} holds for every element of
 * {@code devices}). Built once per collection, then only read, so a comparison walks it without allocating.
 */
final class CompareRules {

    private final Map<String, CompareRules> children = new HashMap<>();
    private boolean ignored;
    private boolean set;

    /** The rules of {@code collection}: its set-valued embeds and references, and {@code ignoredPaths}. */
    static CompareRules of(CollectionMapping collection, List<List<String>> ignoredPaths) {
        CompareRules root = new CompareRules();
        for (Embed embed : collection.embeds()) {
            if (embed.set()) {
                root.at(embed.field()).set = true;
            }
        }
        for (Reference reference : collection.references()) {
            if (reference.set()) {
                root.at(reference.field()).set = true;
            }
        }
        for (List<String> path : ignoredPaths) {
            root.at(path).ignored = true;
        }
        return root;
    }

    /** The rules below {@code key}, or null when nothing is declared there (the common case). */
    CompareRules child(Object key) {
        return children.isEmpty() ? null : children.get(key);
    }

    /** Left out of the comparison, with everything below it. */
    boolean ignored() {
        return ignored;
    }

    /** An array whose order carries no meaning: compared as a multiset. */
    boolean set() {
        return set;
    }

    private CompareRules at(String dottedField) {
        return at(List.of(dottedField.split("\\.")));
    }

    private CompareRules at(List<String> path) {
        CompareRules node = this;
        for (String segment : path) {
            node = node.children.computeIfAbsent(segment, s -> new CompareRules());
        }
        return node;
    }
}
