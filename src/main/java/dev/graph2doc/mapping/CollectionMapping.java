package dev.graph2doc.mapping;

import java.util.List;

/**
 * One MongoDB collection: a document per {@code root}-labelled node, identified by its {@code key} property
 * (a declared business key, never an element id).
 */
public record CollectionMapping(String name, String root, String key, Fields fields, List<Embed> embeds,
                                List<Reference> references, List<IndexSpec> indexes) {

    public CollectionMapping {
        embeds = List.copyOf(embeds);
        references = List.copyOf(references);
        indexes = List.copyOf(indexes);
    }
}
