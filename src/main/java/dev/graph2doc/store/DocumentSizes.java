package dev.graph2doc.store;

import dev.graph2doc.mapping.DocumentView;

/** How many bytes documents take in the document store, as its 16 MiB document limit counts them. */
public interface DocumentSizes {

    /** The stored document's size: its id, its body and graph2doc's internal fields. */
    long documentBytes(DocumentView document);

    /** The size of one field's value (canonical document value), as an element of a document. */
    long valueBytes(Object value);
}
