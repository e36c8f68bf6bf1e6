package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.GraphStore;
import java.util.List;
import java.util.Optional;

/** Reads served by Neo4j: the same rendering the copy wrote, so both stores answer in one shape. */
public final class GraphReadSource implements ReadSource {

    private final GraphStore graph;

    public GraphReadSource(GraphStore graph) {
        this.graph = graph;
    }

    @Override
    public String name() {
        return "neo4j";
    }

    @Override
    public Optional<DocumentView> get(String tenant, CollectionMapping collection, Object key) {
        return rendered(graph.renderKeys(collection, tenant, List.of(key))).stream().findFirst();
    }

    /** Under the root's write lock: Neo4j's read committed can otherwise show a commit half-applied. */
    @Override
    public Optional<DocumentView> getSettled(String tenant, CollectionMapping collection, Object key) {
        return rendered(graph.renderKeysLocked(collection, tenant, List.of(key))).stream().findFirst();
    }

    /** One rendering query for all the keys. */
    @Override
    public List<DocumentView> getAll(String tenant, CollectionMapping collection, List<Object> keys) {
        return rendered(graph.renderKeys(collection, tenant, keys));
    }

    @Override
    public ReadPage page(String tenant, CollectionMapping collection, ReadQuery query) {
        RenderBatch batch = graph.renderPage(collection, tenant, query.filter(), query.after(), query.limit() + 1);
        return ReadPage.of(rendered(batch), query.limit());
    }

    /** A value the mapping cannot express is a server-side fault to fix in the mapping, not a document to skip. */
    private static List<DocumentView> rendered(RenderBatch batch) {
        if (!batch.problems().isEmpty()) {
            throw batch.problems().get(0);
        }
        return batch.documents();
    }
}
