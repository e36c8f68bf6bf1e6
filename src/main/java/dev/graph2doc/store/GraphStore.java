package dev.graph2doc.store;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.RenderBatch;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The graph side, seen through one mapping. Rendering is the single definition of "the document for this
 * root": copy, repair, verification and graph-side reads all go through it. Every call names its tenant.
 */
public interface GraphStore {

    /** Creates the (tenant, key) lookup index each collection's keyset pagination relies on; idempotent. */
    void prepare();

    /** Roots with {@code after < key <= upTo} (either bound may be null: open), at most {@code limit}, in key order. */
    RenderBatch renderRange(CollectionMapping collection, String tenant, Object after, Object upTo, int limit);

    /**
     * Roots with a key greater than {@code after} (null: from the start) whose top-level fields pass
     * {@code filter}, at most {@code limit}, in key order: the graph side of a collection read.
     */
    RenderBatch renderPage(CollectionMapping collection, String tenant, FieldFilter filter, Object after, int limit);

    /** The roots with these keys; keys without a root are simply absent from the result. */
    RenderBatch renderKeys(CollectionMapping collection, String tenant, Collection<?> keys);

    /**
     * As {@link #renderKeys}, each root read so that no write to its document is seen half-applied (Neo4j: under the
     * root's write lock, for a bounded time). For a document about to be written to MongoDB, or a difference to be
     * confirmed; a store whose reads of a root are atomic needs nothing more than {@link #renderKeys}.
     */
    default RenderBatch renderKeysLocked(CollectionMapping collection, String tenant, Collection<?> keys) {
        return renderKeys(collection, tenant, keys);
    }

    long countRoots(CollectionMapping collection, String tenant);

    /** Roots with {@code after < key <= upTo} (a null bound is open): what a copy partition must account for. */
    long countRange(CollectionMapping collection, String tenant, Object after, Object upTo);

    /**
     * Hands every key of the range to {@code sink} in batches of at most {@code batch}, in no particular order; with
     * both bounds null, every root's key whatever its type (a bounded range only sees keys of its bounds' type).
     */
    void scanKeys(CollectionMapping collection, String tenant, Object after, Object upTo, int batch,
                  Consumer<List<Object>> sink);

    /** Every {@code every}-th key in key order: boundaries that split the collection into ranges of that size. */
    List<Object> keyBoundaries(CollectionMapping collection, String tenant, int every);

    /** The tenants the graph holds, sorted. */
    List<String> tenants();
}
