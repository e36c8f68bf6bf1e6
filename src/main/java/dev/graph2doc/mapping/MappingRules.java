package dev.graph2doc.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that need the whole model but not the graph: tenant and database names, collection names and
 * roots, graph identifiers, and that every embed and reference points at a collection's root. The document
 * field rules of each collection are in {@link DocumentRules}.
 */
final class MappingRules {

    private final Mapping mapping;
    private final Problems problems;
    private final Set<String> graphLabels;

    private MappingRules(Mapping mapping, Problems problems, Set<String> graphLabels) {
        this.mapping = mapping;
        this.problems = problems;
        this.graphLabels = graphLabels;
    }

    /** {@code graphLabels} only sharpens suggestions; pass an empty set when the graph is not known. */
    static void check(Mapping mapping, Problems problems, Set<String> graphLabels) {
        MappingRules rules = new MappingRules(mapping, problems, graphLabels);
        rules.tenancy();
        rules.target();
        rules.collections();
    }

    private void tenancy() {
        Tenancy tenancy = mapping.tenancy();
        if (tenancy != null && tenancy.property() != null) {
            identifier("property", tenancy.property(), "tenant.property");
        }
        if (tenancy != null && tenancy.fixed() != null && !Names.isMongoName(tenancy.fixed())) {
            problems.add(mapping, "tenant.fixed", "tenant '" + tenancy.fixed() + "' becomes part of a MongoDB "
                    + "database name and must match [A-Za-z0-9_-]+", null);
        }
    }

    private void target() {
        Target target = mapping.target();
        if (target == null || target.layout() == null) {
            return;
        }
        if (target.layout() == Layout.DATABASE_PER_TENANT && target.databasePrefix() != null) {
            if (target.databasePrefix().isEmpty()) {
                problems.add(mapping, "target.databasePrefix", "databasePrefix is empty, so a tenant named admin, "
                        + "config or local would be written into MongoDB's own databases", "use a prefix such as t_");
            } else if (!Names.isMongoName(target.databasePrefix())) {
                problems.add(mapping, "target.databasePrefix", "databasePrefix '" + target.databasePrefix()
                        + "' must match [A-Za-z0-9_-]+", null);
            }
        }
        if (target.layout() == Layout.SHARED && target.database() != null && !Names.isMongoName(target.database())) {
            problems.add(mapping, "target.database", "database '" + target.database() + "' must match [A-Za-z0-9_-]+",
                    null);
        }
    }

    private void collections() {
        Map<String, Integer> byName = new HashMap<>();
        Map<String, Integer> byRoot = new HashMap<>();
        List<String> roots = mapping.collections().stream().map(CollectionMapping::root)
                .filter(r -> r != null).toList();
        for (int i = 0; i < mapping.collections().size(); i++) {
            CollectionMapping collection = mapping.collections().get(i);
            String path = "collections[" + i + "]";
            name(collection, path, firstIndex(byName, collection.name(), i));
            root(collection, path, firstIndex(byRoot, collection.root(), i));
            identifier("property", collection.key(), path + ".key");
            for (int e = 0; e < collection.embeds().size(); e++) {
                Embed embed = collection.embeds().get(e);
                neighbour(embed.rel(), embed.target(), path + ".embed[" + e + "]", roots);
            }
            for (int r = 0; r < collection.references().size(); r++) {
                Reference reference = collection.references().get(r);
                neighbour(reference.rel(), reference.target(), path + ".references[" + r + "]", roots);
            }
            DocumentRules.check(mapping, collection, path, problems);
        }
    }

    private void name(CollectionMapping collection, String path, Integer earlier) {
        String name = collection.name();
        if (name == null) {
            return;
        }
        if (!Names.isMongoName(name) || name.startsWith("system.")) {
            problems.add(mapping, path + ".name", "collection name '" + Names.printable(name)
                    + "' must match [A-Za-z0-9_-]+ and not start with 'system.'", null);
        }
        if (earlier != null) {
            problems.add(mapping, path + ".name", "collection name '" + name + "' is already used by collections["
                    + earlier + "] (line " + mapping.line("collections[" + earlier + "].name") + ")",
                    "give each collection its own name");
        }
    }

    private void root(CollectionMapping collection, String path, Integer earlier) {
        if (collection.root() == null) {
            return;
        }
        identifier("label", collection.root(), path + ".root");
        if (earlier != null) {
            CollectionMapping first = mapping.collections().get(earlier);
            problems.add(mapping, path + ".root", "collections '" + first.name() + "' and '" + collection.name()
                    + "' both have root '" + collection.root() + "'",
                    "a label roots one collection: merge the two, or embed the nodes in another collection instead");
        }
    }

    private void neighbour(String rel, String target, String path, List<String> roots) {
        identifier("relationship type", rel, path + ".rel");
        if (target == null || identifier("label", target, path + ".target") || roots.contains(target)) {
            return;
        }
        String suggestion;
        if (graphLabels.contains(target)) {
            suggestion = "add a collection with root: " + target;
        } else {
            suggestion = Suggestions.closest(target, roots).map(r -> "did you mean '" + r + "'?")
                    .orElse("use the root of a collection (" + String.join(", ", roots)
                            + "), or add a collection with root: " + target);
        }
        problems.add(mapping, path + ".target", "label '" + target + "' is not the root of any collection", suggestion);
    }

    /** Where {@code value} was seen first, remembering it at {@code index} when it is new. */
    private static Integer firstIndex(Map<String, Integer> seen, String value, int index) {
        return value == null ? null : seen.putIfAbsent(value, index);
    }

    /** Reports an unusable graph name; true when it did. */
    private boolean identifier(String kind, String name, String path) {
        if (name == null) {
            return false;
        }
        Names.identifierProblem(kind, name).ifPresent(message -> problems.add(mapping, path, message,
                "rename it in the graph first"));
        return Names.identifierProblem(kind, name).isPresent();
    }
}
