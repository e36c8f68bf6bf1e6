package dev.graph2doc.write;

import dev.graph2doc.store.CallBudget;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB half of a forked write, after the graph committed: applied natively (re-rendered from the
 * graph where it cannot be), within a time budget, a bounded retry and a circuit breaker. It never fails the
 * request: whatever does not reach MongoDB is already in the outbox, and the repair worker finishes it.
 * While the breaker is open nothing is attempted, so an outage adds no latency.
 */
public final class DocumentSide {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentSide.class);

    private final NativeDocumentWriter nativeWriter;
    private final Rerenderer rerenderer;
    private final OutboxConfirmations confirmations;
    private final Resilience resilience;
    private final WriteMetrics metrics;

    /**
     * The guards around MongoDB. {@code timeout} bounds the whole MongoDB half, retries included, on the request's own
     * thread: every MongoDB call in it gets what is left ({@link CallBudget}).
     */
    public record Resilience(CircuitBreaker breaker, Retry retry, Duration timeout) {
    }

    public DocumentSide(NativeDocumentWriter nativeWriter, Rerenderer rerenderer, OutboxConfirmations confirmations,
                        Resilience resilience, WriteMetrics metrics) {
        this.nativeWriter = nativeWriter;
        this.rerenderer = rerenderer;
        this.confirmations = confirmations;
        this.resilience = resilience;
        this.metrics = metrics;
    }

    public WriteReceipt follow(WriteReceipt receipt, List<Mutation> mutations) {
        long start = System.nanoTime();
        String tenant = receipt.tenant();
        try {
            List<TouchedDocument> held = resilience.breaker().executeCallable(() -> CallBudget.within(resilience.timeout(),
                    () -> resilience.retry().executeSupplier(() -> write(tenant, mutations, receipt.documents()))));
            confirmations.confirm(tenant, held);
            metrics.recordWrite(tenant, "mongodb", "ok", Duration.ofNanos(System.nanoTime() - start));
            return receipt.withMongodb("written");
        } catch (Exception e) {
            LOG.debug("MongoDB side of a write for tenant '{}' left to the repair worker: {}", tenant, e.toString());
            metrics.recordWrite(tenant, "mongodb", "backlog", Duration.ofNanos(System.nanoTime() - start));
            return receipt.withMongodb("backlog");
        }
    }

    /**
     * What MongoDB now holds of the touched documents: those patched natively, and those re-rendered (a document whose
     * graph values cannot be mapped is not among them, so its outbox entry stays and the backlog shows it).
     */
    private List<TouchedDocument> write(String tenant, List<Mutation> mutations, List<TouchedDocument> touched) {
        List<TouchedDocument> notApplied = nativeWriter.applyAfterGraph(tenant, mutations, touched);
        if (notApplied.isEmpty()) {
            return touched;
        }
        List<TouchedDocument> held = new ArrayList<>(touched);
        held.removeAll(notApplied);
        held.addAll(rerenderer.rewrite(tenant, notApplied));
        return held;
    }
}
