package dev.graph2doc.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The document view of a graph, as declared in one file under {@code migrations/}. {@code lines} maps a
 * declaration's path (e.g. {@code collections[1].embed[0].target}) to its line in {@code source}, so that
 * problems found later (against the live graph) still point at the line to fix.
 */
public record Mapping(String source, Tenancy tenancy, Target target, List<CollectionMapping> collections,
                      Map<String, Integer> lines) {

    public Mapping {
        collections = List.copyOf(collections);
        lines = Map.copyOf(lines);
    }

    public static Mapping of(String source, Tenancy tenancy, Target target, List<CollectionMapping> collections) {
        return new Mapping(source, tenancy, target, collections, Map.of());
    }

    public int line(String path) {
        return lines.getOrDefault(path, 0);
    }

    public Optional<CollectionMapping> collection(String name) {
        return collections.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The collection whose documents are rooted at {@code label}, if any. */
    public Optional<CollectionMapping> rootedAt(String label) {
        return collections.stream().filter(c -> c.root().equals(label)).findFirst();
    }
}
