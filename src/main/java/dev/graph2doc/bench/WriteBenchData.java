package dev.graph2doc.bench;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.write.RepairWorker;
import dev.graph2doc.write.WriteOutbox;
import java.time.Duration;
import java.util.List;

/**
 * The bench tenant's documents kept in step with its graph between runs: a copy (render every root, write it
 * version-guarded) and a drain of the outbox with the repair worker's own round.
 */
final class WriteBenchData {

    private static final int CHUNK = 500;
    private static final Duration DRAIN_BOUND = Duration.ofMinutes(2);

    /** What a drain did: the backlog it found, how many documents it re-rendered, and how long it took. */
    record Drained(long backlog, long repaired, long left, Duration took) {
    }

    private final Mapping mapping;
    private final GraphStore graph;
    private final DocumentStore documents;
    private final WriteOutbox outbox;
    private final RepairWorker repair;
    private final String tenant;

    WriteBenchData(Mapping mapping, GraphStore graph, DocumentStore documents, WriteOutbox outbox, RepairWorker repair,
                   String tenant) {
        this.mapping = mapping;
        this.graph = graph;
        this.documents = documents;
        this.outbox = outbox;
        this.repair = repair;
        this.tenant = tenant;
    }

    /** Renders every root of every collection and upserts it unless MongoDB holds it as new; returns the count. */
    long copy() {
        long written = 0;
        for (CollectionMapping c : mapping.collections()) {
            documents.prepare(tenant, c);
            Object after = null;
            RenderBatch batch;
            do {
                batch = graph.renderRange(c, tenant, after, null, CHUNK);
                written += documents.upsertIfNewer(tenant, c.name(), batch.documents()).written();
                after = batch.lastKey();
            } while (batch.rootsRead() == CHUNK);
        }
        return written;
    }

    /** Repair rounds until the tenant's outbox is empty (bounded in time); the confirmed entries are forgotten first. */
    Drained drain() throws InterruptedException {
        long began = System.nanoTime();
        long backlog = backlog();
        long repaired = 0;
        long deadline = began + DRAIN_BOUND.toNanos();
        while (backlog() > 0 && System.nanoTime() < deadline) {
            int round = repair.drainOnce();
            repaired += round;
            if (round == 0) {
                Thread.sleep(50); // entries younger than graph2doc.repair.grace wait for it
            }
        }
        return new Drained(backlog, repaired, backlog(), Duration.ofNanos(System.nanoTime() - began));
    }

    long backlog() {
        return outbox.backlog(tenant).documents();
    }

    List<CollectionMapping> collections() {
        return mapping.collections();
    }
}
