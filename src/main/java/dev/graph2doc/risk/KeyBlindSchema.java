package dev.graph2doc.risk;

import dev.graph2doc.mapping.Tenancy;
import dev.graph2doc.store.GraphSchema;
import java.util.List;
import java.util.Set;

/**
 * The live graph's names, with its key problems hidden: loading a mapping through it checks labels, types
 * and properties but lets a graph with duplicated or missing keys through — the risk report's job is to
 * report those, with their numbers, rather than refuse to look.
 */
public final class KeyBlindSchema implements GraphSchema {

    private final GraphSchema graph;

    public KeyBlindSchema(GraphSchema graph) {
        this.graph = graph;
    }

    @Override
    public boolean isEmpty() {
        return graph.isEmpty();
    }

    @Override
    public Set<String> labels() {
        return graph.labels();
    }

    @Override
    public Set<String> relationshipTypes() {
        return graph.relationshipTypes();
    }

    @Override
    public Set<String> propertyKeys() {
        return graph.propertyKeys();
    }

    @Override
    public List<DuplicateKey> duplicateKeys(String label, String keyProperty, Tenancy tenancy, int limit) {
        return List.of();
    }

    @Override
    public long nodesWithoutKey(String label, String keyProperty) {
        return 0;
    }
}
