package dev.graph2doc.read;

import dev.graph2doc.read.shadow.ShadowListener;

/** Domain events of the read path, comparisons included; the Micrometer implementation lives in {@code metrics}. */
public interface ReadMetrics extends ShadowListener {

    ReadMetrics NONE = new ReadMetrics() {
    };

    /** A read served to the caller by {@code store} ({@code neo4j}, {@code mongodb}). */
    default void recordRead(String tenant, String store, long nanos) {
    }
}
