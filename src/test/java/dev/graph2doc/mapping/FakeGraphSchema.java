package dev.graph2doc.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A graph described by hand: what {@link MappingValidator} sees, without a Neo4j. */
final class FakeGraphSchema implements GraphSchema {

    private final boolean empty;
    private final Set<String> labels;
    private final Set<String> types;
    private final Set<String> keys;
    private final Map<String, List<DuplicateKey>> duplicates = new HashMap<>();
    private final Map<String, Long> withoutKey = new HashMap<>();
    private final Map<String, Set<String>> labelKeys = new HashMap<>();
    private final Map<String, List<KeyType>> keyTypes = new HashMap<>();
    private final Map<String, List<LabelSet>> combinations = new HashMap<>();
    private final Map<String, PatternCounts> patterns = new HashMap<>();

    private FakeGraphSchema(boolean empty, Set<String> labels, Set<String> types, Set<String> keys) {
        this.empty = empty;
        this.labels = labels;
        this.types = types;
        this.keys = keys;
    }

    static FakeGraphSchema empty() {
        return new FakeGraphSchema(true, Set.of(), Set.of(), Set.of());
    }

    static FakeGraphSchema of(Set<String> labels, Set<String> types, Set<String> keys) {
        return new FakeGraphSchema(false, labels, types, keys);
    }

    FakeGraphSchema withDuplicates(String label, DuplicateKey... examples) {
        duplicates.put(label, List.of(examples));
        return this;
    }

    FakeGraphSchema withNodesWithoutKey(String label, long count) {
        withoutKey.put(label, count);
        return this;
    }

    FakeGraphSchema withLabelKeys(String label, String... keys) {
        labelKeys.put(label, Set.of(keys));
        return this;
    }

    FakeGraphSchema withKeyTypes(String label, KeyType... types) {
        keyTypes.put(label, List.of(types));
        return this;
    }

    FakeGraphSchema withCombinations(String label, LabelSet... sets) {
        combinations.put(label, List.of(sets));
        return this;
    }

    /** Unless given here, every pattern is found the declared way only. */
    FakeGraphSchema withPattern(String root, String rel, long declared, long reverse) {
        patterns.put(root + "-" + rel, new PatternCounts(declared, reverse));
        return this;
    }

    @Override
    public Set<String> propertyKeys(String label) {
        return labelKeys.getOrDefault(label, Set.of());
    }

    @Override
    public List<KeyType> keyTypes(String label, String keyProperty) {
        return keyTypes.getOrDefault(label, List.of());
    }

    @Override
    public Map<String, List<KeyType>> propertyTypes(String label, List<String> properties) {
        return Map.of();
    }

    @Override
    public List<LabelSet> labelCombinations(String label) {
        return combinations.getOrDefault(label, List.of());
    }

    @Override
    public PatternCounts patternCounts(String root, String rel, Direction direction, String target) {
        return patterns.getOrDefault(root + "-" + rel, new PatternCounts(1, 0));
    }

    @Override
    public boolean isEmpty() {
        return empty;
    }

    @Override
    public Set<String> labels() {
        return labels;
    }

    @Override
    public Set<String> relationshipTypes() {
        return types;
    }

    @Override
    public Set<String> propertyKeys() {
        return keys;
    }

    @Override
    public List<DuplicateKey> duplicateKeys(String label, String keyProperty, Tenancy tenancy, int limit) {
        return duplicates.getOrDefault(label, List.of()).stream().limit(limit).toList();
    }

    @Override
    public long nodesWithoutKey(String label, String keyProperty) {
        return withoutKey.getOrDefault(label, 0L);
    }
}
