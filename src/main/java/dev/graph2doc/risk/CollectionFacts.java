package dev.graph2doc.risk;

import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.GraphSchema.DuplicateKey;
import dev.graph2doc.mapping.GraphSchema.KeyType;
import dev.graph2doc.mapping.GraphSchema.LabelSet;
import java.util.List;
import java.util.Map;

/**
 * What the live graph says about one collection, over all tenants: how many roots, how far each fan-out
 * field reaches, the largest document, key problems, how many indexes MongoDB will keep for it ({@code _id}
 * and every one graph2doc creates), and the {@link GraphShape} of its data.
 */
public record CollectionFacts(String name, String root, String key, long roots, List<FanOut> fanOut,
                              LargestDocument largestDocument, List<DuplicateKey> duplicateKeys, long nodesWithoutKey,
                              int indexes, GraphShape shape) {

    public CollectionFacts {
        fanOut = List.copyOf(fanOut);
        duplicateKeys = List.copyOf(duplicateKeys);
    }

    /** Without a look at the data's shape. */
    public CollectionFacts(String name, String root, String key, long roots, List<FanOut> fanOut,
                           LargestDocument largestDocument, List<DuplicateKey> duplicateKeys, long nodesWithoutKey,
                           int indexes) {
        this(name, root, key, roots, fanOut, largestDocument, duplicateKeys, nodesWithoutKey, indexes, GraphShape.NONE);
    }

    /**
     * One array embed ({@code kind} "embed") or reference list ("reference"): items per root, max and 99th
     * percentile (the highest tenant's), and the tenant of the max.
     */
    public record FanOut(String field, String kind, String target, long max, long p99, String maxTenant) {
    }

    /** The largest document found: measured when rendered, {@code estimated} when too large to render. */
    public record LargestDocument(String tenant, Object key, long bytes, boolean estimated) {
    }

    /**
     * The data behind the mapping: per embed and reference the roots with neighbours each way, the label
     * combinations of the root label, the key's value types, the mapped fields holding more than one kind of
     * value, and per embed its write fan-out.
     */
    public record GraphShape(List<PatternFact> patterns, List<LabelSet> labelKinds, List<KeyType> keyTypes,
                             Map<String, List<KeyType>> mixedFields, List<WriteFanOut> writeFanOut) {

        public static final GraphShape NONE = new GraphShape(List.of(), List.of(), List.of(), Map.of(), List.of());

        public GraphShape {
            patterns = List.copyOf(patterns);
            labelKinds = List.copyOf(labelKinds);
            keyTypes = List.copyOf(keyTypes);
            mixedFields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(mixedFields));
            writeFanOut = List.copyOf(writeFanOut);
        }
    }

    /** One embed or reference ({@code kind}) and how many roots have a neighbour the declared way and the other way. */
    public record PatternFact(String field, String kind, String rel, Direction direction, String target, long declared,
                              long reverse) {
    }

    /**
     * One embed's write amplification: at most {@code max} (p99 {@code p99}, the highest tenant's) documents embed
     * one {@code target} node, so one change of it rewrites that many; {@code maxTenant} holds the max.
     */
    public record WriteFanOut(String field, String target, long max, long p99, String maxTenant) {
    }
}
