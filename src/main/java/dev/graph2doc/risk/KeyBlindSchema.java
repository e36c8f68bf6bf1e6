package dev.graph2doc.risk;

import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.GraphSchema;
import dev.graph2doc.mapping.Tenancy;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live graph's names, with its data problems hidden: loading a mapping through it checks labels, types
 * and properties but lets through a graph with duplicated, missing or mixed-type keys and relationships that
 * point the other way — the risk report's job is to report those, with their numbers, rather than refuse to look.
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
    public Set<String> propertyKeys(String label) {
        return graph.propertyKeys(label);
    }

    @Override
    public List<DuplicateKey> duplicateKeys(String label, String keyProperty, Tenancy tenancy, int limit) {
        return List.of();
    }

    @Override
    public long nodesWithoutKey(String label, String keyProperty) {
        return 0;
    }

    @Override
    public List<KeyType> keyTypes(String label, String keyProperty) {
        return List.of();
    }

    @Override
    public Map<String, List<KeyType>> propertyTypes(String label, List<String> properties) {
        return Map.of();
    }

    @Override
    public List<LabelSet> labelCombinations(String label) {
        return List.of();
    }

    /** Nothing either way: what the start-up check tolerates (an empty relationship type is legal). */
    @Override
    public PatternCounts patternCounts(String root, String rel, Direction direction, String target) {
        return new PatternCounts(0, 0);
    }
}
