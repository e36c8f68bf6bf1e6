package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.DocumentView;
import java.util.List;

/** A page of documents in key order and the cursor of the next page (null: this was the last). */
public record ReadPage(List<DocumentView> items, Object next) {

    public ReadPage {
        items = List.copyOf(items);
    }

    /** {@code fetched} holds up to {@code limit + 1} documents; the extra one only proves a next page exists. */
    static ReadPage of(List<DocumentView> fetched, int limit) {
        if (fetched.size() <= limit) {
            return new ReadPage(fetched, null);
        }
        List<DocumentView> items = fetched.subList(0, limit);
        return new ReadPage(items, items.get(limit - 1).key());
    }
}
