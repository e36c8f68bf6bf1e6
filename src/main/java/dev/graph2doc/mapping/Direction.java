package dev.graph2doc.mapping;

/** Which way a relationship points, seen from the node that owns the mapped field. */
public enum Direction {
    /** {@code (root)-[:REL]->(target)} */
    OUT,
    /** {@code (root)<-[:REL]-(target)} */
    IN
}
