package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.DocumentView;
import java.util.List;

/**
 * What one store answered to a read: its documents in key order, and {@code bound} — the last key of a page that
 * has more after it (null: the answer is complete). A comparison looks only at keys both answers cover.
 */
public record Observation(List<DocumentView> documents, Object bound) {

    public Observation {
        documents = List.copyOf(documents);
    }
}
