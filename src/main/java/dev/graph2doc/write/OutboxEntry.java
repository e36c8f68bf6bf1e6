package dev.graph2doc.write;

import java.time.Instant;

/** A document that must be (re)written in MongoDB at {@code version} or later; recorded with the graph write. */
public record OutboxEntry(String tenant, String collection, Object key, long version, Instant recordedAt) {
}
