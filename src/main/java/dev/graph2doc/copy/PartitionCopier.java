package dev.graph2doc.copy;

import dev.graph2doc.copy.CopyStateStore.CopyControl;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Copies one claimed partition in key order, chunk by chunk: reading chunk k+1 from the graph overlaps
 * writing chunk k to MongoDB, and at most one chunk waits in between, so memory stays flat whatever the
 * size. A checkpoint follows every written chunk; a restart continues from it. The partition is done only once
 * {@link CopyAudit} finds every root of its range accounted for.
 */
final class PartitionCopier {

    enum Outcome { COMPLETED, STOPPED, LEASE_LOST }

    private final GraphStore graph;
    private final DocumentStore documents;
    private final CopyStateStore state;
    private final CopySettings settings;
    private final Clock clock;
    private final Executor reader;
    private final Throttle throttle;
    private final CopyProgressListener listener;
    private final ChunkWriter writer;
    private final CopyAudit audit;

    PartitionCopier(GraphStore graph, DocumentStore documents, CopyStateStore state, CopySettings settings, Clock clock,
                    Executor reader, Throttle throttle, CopyProgressListener listener) {
        this.graph = graph;
        this.documents = documents;
        this.state = state;
        this.settings = settings;
        this.clock = clock;
        this.reader = reader;
        this.throttle = throttle;
        this.listener = listener;
        this.writer = new ChunkWriter(documents, state, listener);
        this.audit = new CopyAudit(graph, documents, state, writer, clock);
    }

    /** The check that decides when a partition, and then its collection, is done. */
    CopyAudit audit() {
        return audit;
    }

    Outcome copy(CollectionMapping collection, PartitionState claimed, String owner, BooleanSupplier stop)
            throws InterruptedException {
        CopyPartition p = claimed.partition();
        documents.prepare(p.tenant(), collection);
        long copied = claimed.copied();
        Object checkpoint = start(claimed);
        CompletableFuture<RenderBatch> next = read(collection, p, checkpoint);
        while (true) {
            Instant began = clock.instant();
            RenderBatch batch = next.join();
            boolean last = batch.rootsRead() < settings.chunkSize();
            if (!last) {
                next = read(collection, p, batch.lastKey());
            }
            if (batch.isEmpty()) {
                return finish(collection, p, owner, copied);
            }
            CopyControl control = state.control(); // once per chunk: the throttle and the pause switch
            if (!throttled(p, owner, batch.rootsRead(), control.maxDocumentsPerSecond(), checkpoint, copied)) {
                return Outcome.LEASE_LOST;
            }
            int written = writer.write(p.tenant(), p.collection(), batch).documents();
            batch.problems().forEach(problem -> listener.unmappable(p, problem));
            copied += batch.rootsRead();
            if (!state.checkpoint(p, owner, batch.lastKey(), copied, clock.instant().plus(settings.lease()))) {
                return Outcome.LEASE_LOST;
            }
            checkpoint = batch.lastKey();
            listener.chunkCopied(p, batch.rootsRead(), written, Duration.between(began, clock.instant()));
            if (last) {
                return finish(collection, p, owner, copied);
            }
            if (stop.getAsBoolean() || control.paused()) {
                state.release(p, owner);
                return Outcome.STOPPED;
            }
        }
    }

    /** Waits for the throttle, renewing the lease at the last checkpoint every third of it while waiting. */
    private boolean throttled(CopyPartition p, String owner, int documents, long maxPerSecond, Object checkpoint,
                              long copied) throws InterruptedException {
        return throttle.acquire(documents, maxPerSecond, settings.lease().dividedBy(3),
                () -> state.checkpoint(p, owner, checkpoint, copied, clock.instant().plus(settings.lease())));
    }

    private static Object start(PartitionState claimed) {
        return claimed.checkpoint() != null ? claimed.checkpoint() : claimed.partition().after();
    }

    private CompletableFuture<RenderBatch> read(CollectionMapping collection, CopyPartition p, Object after) {
        return CompletableFuture.supplyAsync(
                () -> graph.renderRange(collection, p.tenant(), after, p.upTo(), settings.chunkSize()), reader);
    }

    /** Done only when the range's roots are accounted for; otherwise an error naming them, and the partition stays open. */
    private Outcome finish(CollectionMapping collection, CopyPartition p, String owner, long copied) {
        CopyAudit.Missing missing = audit.partition(collection, p, copied);
        if (missing.count() > 0) {
            throw new IncompleteCopyException("Partition " + p.id() + " (keys after " + p.after() + " up to "
                    + p.upTo() + ") is not done: " + missing.count() + " of its roots are not in MongoDB even after "
                    + "copying them by key once more, e.g. " + missing.examples() + "; it is checked again");
        }
        if (!state.complete(p, owner, copied, clock.instant())) {
            return Outcome.LEASE_LOST;
        }
        listener.partitionDone(p, copied);
        return Outcome.COMPLETED;
    }
}
