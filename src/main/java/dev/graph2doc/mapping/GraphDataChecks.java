package dev.graph2doc.mapping;

import dev.graph2doc.mapping.GraphSchema.DuplicateKey;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The data side of the start-up check, for names already known to be in the graph: each collection's key
 * identifies one node per tenant and holds one kind of value, and each embed and reference finds neighbours
 * the way it is declared (a relationship type that points the other way is an error; one with nothing either
 * way is legal).
 */
final class GraphDataChecks {

    static final int DUPLICATE_EXAMPLES = 3;

    private final Mapping mapping;
    private final GraphSchema schema;
    private final Problems problems;

    GraphDataChecks(Mapping mapping, GraphSchema schema, Problems problems) {
        this.mapping = mapping;
        this.schema = schema;
        this.problems = problems;
    }

    void pattern(CollectionMapping collection, String rel, Direction direction, String target, String path) {
        GraphSchema.PatternCounts counts = schema.patternCounts(collection.root(), rel, direction, target);
        Patterns.wrongDirection(collection.root(), rel, direction, target, counts)
                .ifPresent(message -> problems.add(mapping, path, message, Patterns.flipFix(direction)));
    }

    void key(CollectionMapping collection, String path) {
        keyIsUnique(collection, path);
        keyIsPresent(collection, path);
        KeyTypes.mixedProblem(collection.name(), collection.root(), collection.key(),
                schema.keyTypes(collection.root(), collection.key())).ifPresent(p -> problems.add(mapping, path, p, null));
    }

    private void keyIsUnique(CollectionMapping collection, String path) {
        List<DuplicateKey> duplicates = schema.duplicateKeys(collection.root(), collection.key(), mapping.tenancy(),
                DUPLICATE_EXAMPLES);
        if (duplicates.isEmpty()) {
            return;
        }
        String examples = duplicates.stream().map(this::describe).collect(Collectors.joining(", "));
        Optional<String> kinds = Patterns.labelKinds(collection.root(), schema.labelCombinations(collection.root()));
        problems.add(mapping, path, "key '" + collection.key() + "' is not unique among " + collection.root()
                + " nodes of one tenant: " + examples + kinds.map(k -> "; " + k).orElse(""), kinds.isPresent()
                ? "give each kind of node its own label (and collection), or choose a key unique across them"
                : "choose a key that is unique within a tenant, or fix the data");
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
