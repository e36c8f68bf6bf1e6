package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.store.DocumentStore;
import java.util.Optional;

/** Reads served by MongoDB: by {@code _id}, or by filter in key order. */
public final class DocumentReadSource implements ReadSource {

    private final DocumentStore documents;

    public DocumentReadSource(DocumentStore documents) {
        this.documents = documents;
    }

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public Optional<DocumentView> get(String tenant, CollectionMapping collection, Object key) {
        return documents.find(tenant, collection.name(), key);
    }

    @Override
    public ReadPage page(String tenant, CollectionMapping collection, ReadQuery query) {
        return ReadPage.of(documents.query(tenant, collection.name(), query.filter(), query.after(), query.limit() + 1),
                query.limit());
    }
}
