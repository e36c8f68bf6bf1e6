package dev.graph2doc.write;

import java.util.List;
import java.util.Map;

/**
 * What the planners read from the document store (MongoDB): a document by key, and the documents whose field shows a
 * node. The port the planners plan against, so that what each document must become is decided here, in the core,
 * and the adapter only reads and writes.
 */
public interface StoredDocumentLookup {

    /** The document with {@code key}, or {@link Stored#absent}; a tombstone is stored with a version and no body. */
    Stored byKey(String tenant, String collection, Object key);

    /** The live documents of {@code touch.collection()} whose field {@code touch.field()} shows {@code touch.node()}. */
    List<Stored> showing(String tenant, Touch.Neighbours touch);

    /** One stored document: its version (0 when absent), whether anything is stored, its body when live. */
    record Stored(Object key, long version, boolean exists, Map<String, Object> body) {

        public static Stored absent(Object key) {
            return new Stored(key, 0, false, null);
        }
    }
}
