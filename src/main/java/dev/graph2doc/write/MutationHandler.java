package dev.graph2doc.write;

import dev.graph2doc.phase.Phase;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one place that sends a write where the tenant's phase says (DESIGN.md, Phases; {@link WritePhases} decides
 * which phase a write runs under): the graph alone; the graph, then MongoDB; or MongoDB alone once unforked. Until
 * then the graph is authoritative: if it fails the request fails and MongoDB is not touched; if MongoDB fails after
 * the graph committed, the request still succeeds (the outbox entry stays for the repair).
 */
@Singleton
public class MutationHandler {

    private final GraphWriter graph;
    private final DocumentSide documentSide;
    private final NativeDocumentWriter nativeWriter;
    private final WriteMetrics metrics;
    private final List<GraphCommitListener> commitListeners;

    /** {@code commitListeners}: none in production; the {@code faults} package adds one when a fault asks for it. */
    public MutationHandler(GraphWriter graph, DocumentSide documentSide, NativeDocumentWriter nativeWriter,
                           WriteMetrics metrics, List<GraphCommitListener> commitListeners) {
        this.graph = graph;
        this.documentSide = documentSide;
        this.nativeWriter = nativeWriter;
        this.metrics = metrics;
        this.commitListeners = List.copyOf(commitListeners);
    }

    public WriteReceipt apply(String tenant, Phase phase, List<Mutation> mutations) {
        if (!phase.writesGraph()) {
            List<TouchedDocument> touched = primary(tenant, "mongodb", () -> nativeWriter.applyAlone(tenant, mutations));
            return new WriteReceipt(tenant, phase, touched, "written");
        }
        WriteReceipt receipt = primary(tenant, "neo4j", () -> WriteReceipt.ofGraph(tenant, phase,
                graph.apply(tenant, mutations, phase.capturesWrites())));
        if (!phase.writesDocuments()) {
            return receipt;
        }
        commitListeners.forEach(l -> l.graphCommitted(receipt));
        return documentSide.follow(receipt, mutations);
    }

    private <T> T primary(String tenant, String store, Supplier<T> write) {
        long start = System.nanoTime();
        try {
            T result = write.get();
            metrics.recordWrite(tenant, store, "ok", Duration.ofNanos(System.nanoTime() - start));
            return result;
        } catch (MutationRejectedException e) {
            metrics.recordWrite(tenant, store, "rejected", Duration.ofNanos(System.nanoTime() - start));
            throw e;
        } catch (RuntimeException e) {
            metrics.recordWrite(tenant, store, "failed", Duration.ofNanos(System.nanoTime() - start));
            throw new StoreUnavailableException(store.equals("neo4j") ? "Neo4j" : "MongoDB", e);
        }
    }
}
