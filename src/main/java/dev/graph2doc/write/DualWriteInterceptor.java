package dev.graph2doc.write;

import dev.graph2doc.phase.Phase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.Value;
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
    private final boolean crashAfterGraphCommit;
    private final String skipMongoWriteOf;

    /**
     * {@code graph2doc.faults.crash-after-graph-commit}: a fault for rehearsals and tests — the process halts right
     * after the graph committed a write the phase would also send to MongoDB, as a power cut would.
     */
    /**
     * {@code graph2doc.faults.skip-mongodb-write-of}: a deliberately broken build for the rehearsal's own test — once
     * unforked, mutations of this kind ({@code upsertNode}, {@code deleteNode}, {@code link}, {@code unlink}) are
     * acknowledged without being written. Empty (the default): nothing is skipped.
     */
    public DualWriteInterceptor(DocumentSide documentSide, NativeDocumentWriter nativeWriter, WriteMetrics metrics,
                                @Value("${graph2doc.faults.crash-after-graph-commit:false}") boolean crashAfterGraphCommit,
                                @Value("${graph2doc.faults.skip-mongodb-write-of:}") String skipMongoWriteOf) {
        this.documentSide = documentSide;
        this.nativeWriter = nativeWriter;
        this.metrics = metrics;
        this.crashAfterGraphCommit = crashAfterGraphCommit;
        this.skipMongoWriteOf = skipMongoWriteOf == null ? "" : skipMongoWriteOf.trim();
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
        if (crashAfterGraphCommit && phase.writesDocuments()) {
            System.err.println("graph2doc.faults.crash-after-graph-commit: halting after the graph committed "
                    + receipt.documents().size() + " document(s) for tenant '" + tenant + "'");
            Runtime.getRuntime().halt(137);
        }
        return phase.writesDocuments() ? documentSide.follow(receipt, mutations) : receipt;
    }

    private WriteReceipt alone(String tenant, Phase phase, List<Mutation> all) {
        List<Mutation> mutations = skipMongoWriteOf.isEmpty() ? all
                : all.stream().filter(m -> !kind(m).equals(skipMongoWriteOf)).toList();
        if (mutations.isEmpty()) {
            return new WriteReceipt(tenant, phase, List.of(), "written");
        }
        List<TouchedDocument> touched = primary(tenant, "mongodb", () -> nativeWriter.applyAlone(tenant, mutations));
        return new WriteReceipt(tenant, phase, touched, "written");
    }

    private static String kind(Mutation m) {
        String name = m.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
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
