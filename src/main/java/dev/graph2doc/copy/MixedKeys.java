package dev.graph2doc.copy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.GraphSchema;
import dev.graph2doc.mapping.KeyTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys of mixed types cannot be split into ranges that both stores order alike (Cypher compares a string with a
 * number as null): a copy of such a collection is refused before anything is planned, every one named at once.
 */
final class MixedKeys {

    private MixedKeys() {
    }

    static void refuse(GraphSchema schema, List<CollectionMapping> chosen) {
        List<String> problems = new ArrayList<>();
        for (CollectionMapping c : chosen) {
            KeyTypes.mixedProblem(c.name(), c.root(), c.key(), schema.keyTypes(c.root(), c.key())).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Copy not started: " + String.join("; ", problems)
                    + ". Nothing was planned or copied.");
        }
    }
}
