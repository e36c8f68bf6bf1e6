package dev.graph2doc.copy;

import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.mapping.UnmappableValueException;
import dev.graph2doc.store.DocumentStore.Refused;
import dev.graph2doc.store.DocumentStore.UpsertSummary;
import dev.graph2doc.store.DocumentStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one rendered chunk and accounts for every root in it: written, kept as newer, or a finding (refused by
 * MongoDB, or not mappable). A summary that leaves a document unaccounted for is an error, never a quiet success.
 */
final class ChunkWriter {

    private final DocumentStore documents;
    private final CopyStateStore state;
    private final CopyProgressListener listener;

    ChunkWriter(DocumentStore documents, CopyStateStore state, CopyProgressListener listener) {
        this.documents = documents;
        this.state = state;
        this.listener = listener;
    }

    /** What became of a chunk: how many documents were written, and the keys of the roots named as findings. */
    record Written(int documents, List<Object> findingKeys) {
    }

    Written write(String tenant, String collection, RenderBatch batch) {
        UpsertSummary summary = documents.upsertIfNewer(tenant, collection, batch.documents());
        if (summary.accountedFor() != batch.documents().size()) {
            throw new IllegalStateException("MongoDB accounted for " + summary.accountedFor() + " of "
                    + batch.documents().size() + " documents of tenant '" + tenant + "' collection '" + collection
                    + "' (written " + summary.written() + ", kept " + summary.keptNewer() + ", refused "
                    + summary.refused().size() + "); the chunk is copied again");
        }
        List<Object> findingKeys = new ArrayList<>();
        for (Refused r : summary.refused()) {
            record(new CopyFinding(tenant, collection, r.key(), CopyFinding.Kind.UNWRITABLE, r.bytes(), r.reason()));
            findingKeys.add(r.key());
        }
        for (UnmappableValueException problem : batch.problems()) {
            record(new CopyFinding(tenant, collection, problem.key(), CopyFinding.Kind.UNMAPPABLE, 0,
                    problem.getMessage()));
            findingKeys.add(problem.key());
        }
        return new Written(summary.written(), findingKeys);
    }

    private void record(CopyFinding finding) {
        state.recordFinding(finding);
        listener.finding(finding);
    }
}
