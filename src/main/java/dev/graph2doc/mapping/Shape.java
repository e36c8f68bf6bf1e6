package dev.graph2doc.mapping;

/** How embedded neighbours appear in the root's document. */
public enum Shape {
    /** An array of sub-documents, one per relationship, in target-key order. */
    ARRAY,
    /** One sub-document (or null): a to-one neighbour. More than one neighbour is a data problem. */
    OBJECT
}
