package dev.graph2doc.read.shadow;

import dev.graph2doc.store.FieldFilter;

/** One page of a collection read: the documents after {@code after} (null: from the first) that pass the filter. */
public record ReadQuery(String collection, FieldFilter filter, Object after, int limit) {
}
