package dev.graph2doc.write;

import dev.graph2doc.phase.Phase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends each write where the tenant's phase says (DESIGN.md, Phases): the graph alone; the graph, then
 * MongoDB; or MongoDB alone once unforked. Until then the graph is authoritative: if it fails the request
 * fails and MongoDB is not touched; if MongoDB fails after the graph committed, the request still succeeds.
 */
@Singleton
@InterceptorBean(DualWrite.class)
public class DualWriteInterceptor implements MethodInterceptor<Object, Object> {

    private final DocumentSide documentSide;
    private final NativeDocumentWriter nativeWriter;
    private final WriteMetrics metrics;
    private final List<GraphCommitListener> commitListeners;

    /** {@code commitListeners}: none in production; the {@code faults} package adds one when a fault asks for it. */
    public DualWriteInterceptor(DocumentSide documentSide, NativeDocumentWriter nativeWriter, WriteMetrics metrics,
                                List<GraphCommitListener> commitListeners) {
        this.documentSide = documentSide;
        this.nativeWriter = nativeWriter;
        this.metrics = metrics;
        this.commitListeners = List.copyOf(commitListeners);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Map<String, Object> args = context.getParameterValueMap();
        String tenant = (String) args.get("tenant");
        Phase phase = (Phase) args.get("phase");
        List<Mutation> mutations = (List<Mutation>) args.get("mutations");
        if (!phase.writesGraph()) {
            return alone(tenant, phase, mutations);
        }
        WriteReceipt receipt = primary(tenant, "neo4j", () -> (WriteReceipt) context.proceed());
        if (!phase.writesDocuments()) {
            return receipt;
        }
        commitListeners.forEach(l -> l.graphCommitted(receipt));
        return documentSide.follow(receipt, mutations);
    }

    private WriteReceipt alone(String tenant, Phase phase, List<Mutation> mutations) {
        List<TouchedDocument> touched = primary(tenant, "mongodb", () -> nativeWriter.applyAlone(tenant, mutations));
        return new WriteReceipt(tenant, phase, touched, "written");
    }

    private <T> T primary(String tenant, String store, java.util.function.Supplier<T> write) {
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
