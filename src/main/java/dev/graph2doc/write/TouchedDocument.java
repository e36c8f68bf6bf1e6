package dev.graph2doc.write;

/**
 * A document a write changed, with the version it has after that write. {@code deleted}: the write removed
 * its root, so the document must become a tombstone of that version.
 */
public record TouchedDocument(String collection, Object key, long version, boolean deleted) {
}
