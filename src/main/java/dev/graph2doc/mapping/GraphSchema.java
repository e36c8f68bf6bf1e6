package dev.graph2doc.mapping;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the live graph holds, as far as checking a mapping against it needs. */
public interface GraphSchema {

    /** True when the graph has no nodes: a new application, whose labels cannot be checked yet. */
    boolean isEmpty();

    Set<String> labels();

    Set<String> relationshipTypes();

    Set<String> propertyKeys();

    /** The property keys that at least one {@code label} node carries (empty when the label has no nodes). */
    Set<String> propertyKeys(String label);

    /**
     * Up to {@code limit} keys that more than one {@code label} node of the same tenant carries, each with
     * its tenant and count.
     */
    List<DuplicateKey> duplicateKeys(String label, String keyProperty, Tenancy tenancy, int limit);

    /** How many {@code label} nodes lack {@code keyProperty}. */
    long nodesWithoutKey(String label, String keyProperty);

    /** The types {@code keyProperty} holds on {@code label} nodes: one entry per type, by count descending. */
    List<KeyType> keyTypes(String label, String keyProperty);

    /**
     * {@link #keyTypes} for several properties of {@code label} at once, in one pass over its nodes; examples only
     * for a property holding more than one type.
     */
    Map<String, List<KeyType>> propertyTypes(String label, List<String> properties);

    /** The label combinations of the nodes that carry {@code label}, by count descending. */
    List<LabelSet> labelCombinations(String label);

    /**
     * How many {@code root} nodes have at least one {@code target} neighbour over {@code rel} in {@code direction},
     * and how many have one the other way.
     */
    PatternCounts patternCounts(String root, String rel, Direction direction, String target);

    record DuplicateKey(String tenant, Object key, long count) {
    }

    /**
     * One value type of a property: {@code type} as Cypher's {@code valueType()} names it, without
     * {@code NOT NULL} (e.g. {@code STRING}, {@code INTEGER}, {@code FLOAT}), on {@code count} nodes, with up
     * to 3 example values.
     */
    record KeyType(String type, long count, List<Object> examples) {

        public KeyType {
            examples = List.copyOf(examples);
        }
    }

    /** One combination of labels (sorted) and how many nodes carry exactly it. */
    record LabelSet(List<String> labels, long count) {

        public LabelSet {
            labels = List.copyOf(labels);
        }
    }

    /** Roots with a neighbour the declared way, and roots with one the other way. */
    record PatternCounts(long declared, long reverse) {
    }
}
