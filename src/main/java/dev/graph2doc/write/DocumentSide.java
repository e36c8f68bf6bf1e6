package dev.graph2doc.write;

import dev.graph2doc.store.NativeDocumentWriter;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB half of a forked write, after the graph committed: applied natively (re-rendered from the
 * graph where it cannot be), inside a time limit, a bounded retry and a circuit breaker. It never fails the
 * request: whatever does not reach MongoDB is already in the outbox, and the repair worker finishes it.
 * While the breaker is open nothing is attempted, so an outage adds no latency.
 */
public final class DocumentSide implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentSide.class);

    private final NativeDocumentWriter nativeWriter;
    private final Rerenderer rerenderer;
    private final OutboxConfirmations confirmations;
    private final Resilience resilience;
    private final WriteMetrics metrics;

    /** The guards around MongoDB and the bounded pool its calls run on (so a stuck call can be walked away from). */
    public record Resilience(CircuitBreaker breaker, Retry retry, TimeLimiter limiter, ExecutorService executor) {
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
            resilience.breaker().executeCallable(() -> resilience.limiter().executeFutureSupplier(() ->
                    resilience.executor().submit(() -> resilience.retry().executeSupplier(() ->
                            write(tenant, mutations, receipt.documents())))));
            confirmations.confirm(tenant, receipt.documents());
            metrics.recordWrite(tenant, "mongodb", "ok", Duration.ofNanos(System.nanoTime() - start));
            return receipt.withMongodb("written");
        } catch (Exception e) {
            LOG.debug("MongoDB side of a write for tenant '{}' left to the repair worker: {}", tenant, e.toString());
            metrics.recordWrite(tenant, "mongodb", "backlog", Duration.ofNanos(System.nanoTime() - start));
            return receipt.withMongodb("backlog");
        }
    }

    /** Stops the MongoDB pool with the service; a call still running ends on its own, its entries stay in the outbox. */
    @Override
    public void close() {
        resilience.executor().shutdown();
    }

    private List<TouchedDocument> write(String tenant, List<Mutation> mutations, List<TouchedDocument> touched) {
        List<TouchedDocument> notApplied = nativeWriter.applyAfterGraph(tenant, mutations, touched);
        if (!notApplied.isEmpty()) {
            rerenderer.rewrite(tenant, notApplied);
        }
        return touched;
    }
}
