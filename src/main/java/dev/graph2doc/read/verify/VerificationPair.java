package dev.graph2doc.read.verify;

import dev.graph2doc.mapping.DocumentView;

/**
 * One key as both stores hold it: {@code control} the graph's rendering, {@code candidate} MongoDB's document,
 * either null when that store has none. {@code unrenderable}: why the graph's root has no rendering.
 */
record VerificationPair(Object key, DocumentView control, DocumentView candidate, String unrenderable) {

    static VerificationPair of(Object key, DocumentView control, DocumentView candidate) {
        return new VerificationPair(key, control, candidate, null);
    }
}
