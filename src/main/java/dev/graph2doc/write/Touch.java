package dev.graph2doc.write;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;

/** Where a mutation changes documents of one collection; a store turns it into its own lookup. */
public sealed interface Touch {

    CollectionMapping collection();

    /** The document whose root is {@code node} itself. */
    record Root(CollectionMapping collection, NodeRef node) implements Touch {
    }

    /**
     * The documents rooted at a neighbour of {@code node}: roots of {@code collection} that reach {@code node}
     * over {@code rel} in {@code direction} (seen from the root), through the embed or reference at {@code field}.
     */
    record Neighbours(CollectionMapping collection, String field, String rel, Direction direction, NodeRef node,
                      boolean embedded) implements Touch {
    }
}
