package dev.graph2doc.mapping;

import dev.graph2doc.store.GraphSchema;
import dev.graph2doc.store.GraphSchema.DuplicateKey;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a mapping against the live graph: its labels, relationship types and property keys exist, and
 * each collection's key identifies one node per tenant. A graph without nodes (a new application) has
 * nothing to check against, so it passes. Targets are not looked up here: a target must be a collection's
 * root, whose label is checked, and {@link MappingRules} reports targets that are not.
 */
final class MappingValidator {

    static final int DUPLICATE_EXAMPLES = 3;

    private final Mapping mapping;
    private final GraphSchema schema;
    private final Problems problems;
    private final Set<String> labels;
    private final Set<String> types;
    private final Set<String> keys;

    private MappingValidator(Mapping mapping, GraphSchema schema, Problems problems) {
        this.mapping = mapping;
        this.schema = schema;
        this.problems = problems;
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
        boolean keyKnown = known("property", collection.key(), keys, path + ".key");
        properties(collection.fields(), path + ".fields");
        for (int e = 0; e < collection.embeds().size(); e++) {
            Embed embed = collection.embeds().get(e);
            known("relationship type", embed.rel(), types, path + ".embed[" + e + "].rel");
            properties(embed.fields(), path + ".embed[" + e + "].fields");
            properties(embed.relFields(), path + ".embed[" + e + "].relFields");
        }
        for (int r = 0; r < collection.references().size(); r++) {
            known("relationship type", collection.references().get(r).rel(), types, path + ".references[" + r + "].rel");
        }
        if (rootKnown && keyKnown) {
            keyIsUnique(collection, path + ".key");
            keyIsPresent(collection, path + ".key");
        }
    }

    private void properties(Fields fields, String path) {
        if (fields != null && !fields.all()) {
            for (int i = 0; i < fields.names().size(); i++) {
                known("property", fields.names().get(i), keys, path + "[" + i + "]");
            }
        }
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

    private void keyIsUnique(CollectionMapping collection, String path) {
        List<DuplicateKey> duplicates = schema.duplicateKeys(collection.root(), collection.key(), mapping.tenancy(),
                DUPLICATE_EXAMPLES);
        if (!duplicates.isEmpty()) {
            String examples = duplicates.stream().map(this::describe).collect(Collectors.joining(", "));
            problems.add(mapping, path, "key '" + collection.key() + "' is not unique among " + collection.root()
                    + " nodes of one tenant: " + examples, "choose a key that is unique within a tenant, or fix the data");
        }
    }

    private String describe(DuplicateKey duplicate) {
        String tenant = mapping.tenancy() != null && mapping.tenancy().isFixed() ? mapping.tenancy().fixed()
                : duplicate.tenant();
        return "'" + duplicate.key() + "' on " + duplicate.count() + " nodes "
                + (tenant == null ? "without a tenant" : "of tenant '" + tenant + "'");
    }

    private void keyIsPresent(CollectionMapping collection, String path) {
        long missing = schema.nodesWithoutKey(collection.root(), collection.key());
        if (missing > 0) {
            problems.add(mapping, path, missing + " " + collection.root() + " node(s) have no '" + collection.key()
                    + "' property", "set it on them (each document is found by its key), or choose another key");
        }
    }
}
