package dev.graph2doc.bench;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.GraphStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders every root into memory a slice at a time (not timed) and adds up only the time a writer takes per
 * slice. Slices, not everything at once: a million pre-built documents would not fit a 512 MB heap.
 */
final class PrebuiltSlices {

    static final int SIZE = 25_000;

    record Written(long documents, Duration writing) {
    }

    private PrebuiltSlices() {
    }

    static Written write(GraphStore graph, CollectionMapping roots, String tenant, int chunkSize,
                         Function<List<DocumentView>, Duration> writer) {
        Duration writing = Duration.ZERO;
        long documents = 0;
        Object after = null;
        boolean more = true;
        while (more) {
            List<DocumentView> slice = new ArrayList<>(SIZE);
            RenderBatch batch;
            do {
                batch = graph.renderRange(roots, tenant, after, null, chunkSize);
                slice.addAll(batch.documents());
                after = batch.lastKey();
                more = batch.rootsRead() == chunkSize;
            } while (more && slice.size() < SIZE);
            writing = writing.plus(writer.apply(slice));
            documents += slice.size();
        }
        return new Written(documents, writing);
    }
}
