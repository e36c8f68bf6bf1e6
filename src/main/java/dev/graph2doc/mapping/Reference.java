package dev.graph2doc.mapping;

/** A list of the keys of the {@code target} nodes reached over {@code rel}, in key order, under {@code field}. */
public record Reference(String field, String rel, Direction direction, String target, boolean set) {
}
