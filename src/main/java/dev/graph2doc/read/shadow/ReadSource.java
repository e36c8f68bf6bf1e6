package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import java.util.List;
import java.util.Optional;

/** One store answering the data API's reads, in the mapping's document view. */
public interface ReadSource {

    /** The store's name as metrics and samples label it: {@code neo4j} or {@code mongodb}. */
    String name();

    Optional<DocumentView> get(String tenant, CollectionMapping collection, Object key);

    /**
     * As {@link #get}, never showing a write half-applied: what a comparison confirms a difference with. A store
     * whose read of one document is atomic (MongoDB) needs nothing more than {@link #get}.
     */
    default Optional<DocumentView> getSettled(String tenant, CollectionMapping collection, Object key) {
        return get(tenant, collection, key);
    }

    ReadPage page(String tenant, CollectionMapping collection, ReadQuery query);

    /** The documents of {@code keys} that exist, in one request where the store can (the shadow comparator's batches). */
    default List<DocumentView> getAll(String tenant, CollectionMapping collection, List<Object> keys) {
        return keys.stream().map(key -> get(tenant, collection, key)).flatMap(Optional::stream).toList();
    }
}
