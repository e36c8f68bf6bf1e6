package dev.graph2doc.mapping;

import java.util.Map;

/**
 * One document as the mapping defines it: the root's {@code key}, the version of the root it was rendered
 * from, and the body (everything but the key), in canonical values:
 * {@code null, String, Boolean, Long, Double, Instant, byte[], List<Object>, Map<String, Object>} — see
 * {@link DocumentValues} for how each graph type becomes one of these.
 */
public record DocumentView(String collection, Object key, long version, Map<String, Object> body) {
}
