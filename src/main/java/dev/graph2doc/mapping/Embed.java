package dev.graph2doc.mapping;

/**
 * Neighbours embedded in the root's document under {@code field}: the {@code target} nodes reached over
 * {@code rel} in {@code direction}, with their {@code fields} and the relationship's {@code relFields}.
 * {@code set} tells the comparator that the array's order carries no meaning.
 */
public record Embed(String field, String rel, Direction direction, String target, Shape shape, Fields fields,
                    Fields relFields, boolean set) {
}
