package dev.graph2doc.mapping;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a mapping against the live graph: its labels, relationship types and property keys exist (a node
 * property on the nodes of its label), and — through {@link GraphDataChecks} — each collection's key and
 * each pattern fit the data. A graph without nodes (a new application) has nothing to check against, so it
 * passes. Targets are not looked up here: a target must be a collection's root, whose label is checked, and
 * {@link MappingRules} reports targets that are not.
 */
final class MappingValidator {

    /** At most this many property names listed when none is close to a wrong one. */
    private static final int LISTED = 15;

    private final Mapping mapping;
    private final GraphSchema schema;
    private final Problems problems;
    private final GraphDataChecks data;
    private final Set<String> labels;
    private final Set<String> types;
    private final Set<String> keys;
    private final Map<String, Set<String>> labelKeys = new HashMap<>();

    private MappingValidator(Mapping mapping, GraphSchema schema, Problems problems) {
        this.mapping = mapping;
        this.schema = schema;
        this.problems = problems;
        this.data = new GraphDataChecks(mapping, schema, problems);
        this.labels = new TreeSet<>(schema.labels());
        this.types = new TreeSet<>(schema.relationshipTypes());
        this.keys = new TreeSet<>(schema.propertyKeys());
    }

    static void check(Mapping mapping, GraphSchema schema, Problems problems) {
        if (schema.isEmpty()) {
            return;
        }
        MappingValidator validator = new MappingValidator(mapping, schema, problems);
        if (mapping.tenancy() != null && mapping.tenancy().property() != null) {
            validator.known("tenant property", mapping.tenancy().property(), validator.keys, "tenant.property");
        }
        for (int i = 0; i < mapping.collections().size(); i++) {
            validator.collection(mapping.collections().get(i), "collections[" + i + "]");
        }
    }

    private void collection(CollectionMapping collection, String path) {
        boolean rootKnown = known("label", collection.root(), labels, path + ".root");
        boolean keyKnown = property(collection.key(), rootKnown ? collection.root() : null, path + ".key");
        properties(collection.fields(), rootKnown ? collection.root() : null, path + ".fields");
        for (int e = 0; e < collection.embeds().size(); e++) {
            Embed embed = collection.embeds().get(e);
            String at = path + ".embed[" + e + "]";
            boolean relKnown = known("relationship type", embed.rel(), types, at + ".rel");
            String target = labels.contains(embed.target()) ? embed.target() : null;
            properties(embed.fields(), target, at + ".fields");
            properties(embed.relFields(), null, at + ".relFields");
            patternIfKnown(collection, rootKnown && relKnown && target != null, embed.rel(), embed.direction(), target, at);
        }
        for (int r = 0; r < collection.references().size(); r++) {
            Reference ref = collection.references().get(r);
            String at = path + ".references[" + r + "]";
            boolean relKnown = known("relationship type", ref.rel(), types, at + ".rel");
            patternIfKnown(collection, rootKnown && relKnown && labels.contains(ref.target()), ref.rel(),
                    ref.direction(), ref.target(), at);
        }
        if (rootKnown && keyKnown) {
            data.key(collection, path + ".key");
        }
    }

    private void patternIfKnown(CollectionMapping collection, boolean known, String rel, Direction direction,
                                String target, String path) {
        if (known && direction != null) {
            data.pattern(collection, rel, direction, target, path + ".direction");
        }
    }

    private void properties(Fields fields, String label, String path) {
        if (fields != null && !fields.all()) {
            for (int i = 0; i < fields.names().size(); i++) {
                property(fields.names().get(i), label, path + "[" + i + "]");
            }
        }
    }

    /**
     * A node property: known when a {@code label} node carries it (any node, when the label is null or has no
     * nodes); the suggestion comes from that label's properties.
     */
    private boolean property(String name, String label, String path) {
        Set<String> ofLabel = label == null ? Set.of() : labelKeys.computeIfAbsent(label, l -> new TreeSet<>(schema.propertyKeys(l)));
        if (ofLabel.isEmpty() || name == null || Names.identifierProblem("property", name).isPresent()) {
            return known("property", name, keys, path);
        }
        if (ofLabel.contains(name)) {
            return true;
        }
        String where = keys.contains(name) ? "is on no " + label + " node" : "is not in the graph";
        String suggestion = Suggestions.didYouMean(name, ofLabel);
        problems.add(mapping, path, "property '" + name + "' " + where, suggestion != null ? suggestion
                : "the " + label + " nodes have " + (ofLabel.size() <= LISTED ? ofLabel : ofLabel.size() + " properties"));
        return false;
    }

    /** Reports a name the graph does not have; true when the name is there. Unusable names were reported before. */
    private boolean known(String kind, String name, Set<String> names, String path) {
        if (name == null || Names.identifierProblem(kind, name).isPresent()) {
            return false;
        }
        if (names.contains(name)) {
            return true;
        }
        problems.add(mapping, path, kind + " '" + name + "' is not in the graph", Suggestions.didYouMean(name, names));
        return false;
    }
}
