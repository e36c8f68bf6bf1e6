package dev.graph2doc.store.neo4j;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Runs a write transaction again when Neo4j says it may succeed if retried. A deadlock between two batches (seen
 * under the write benchmark: a reading linked to a device while the device is updated) is retried after 5, 10,
 * 20 … ms; the driver's own managed-transaction retry waits about a second first, which the writer's request would
 * carry as latency. Other retryable failures (a lost connection, a leader switch) wait 100, 200 … ms, 3.1 s in all
 * (4.7 s at most), within the 5 s the driver was given before; then the last failure is thrown and the request
 * answers 503. A batch whose upserted node was deleted meanwhile ({@link NodeDeletedMeanwhileException}) runs again
 * as soon as a deadlock's. Start-up's schema preparation runs under the same waits ({@link SchemaPreparation}).
 */
final class GraphWriteRetry {

    static final String DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected";
    static final int MAX_ATTEMPTS = 6;
    static final long DEADLOCK_FIRST_WAIT_MS = 5;
    static final long OTHER_FIRST_WAIT_MS = 100;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphWriteRetry.class);

    private final Retry retry;

    GraphWriteRetry() {
        this("neo4j-writes", "Neo4j write", e -> e instanceof RetryableException || e instanceof NodeDeletedMeanwhileException);
    }

    /** The same waits for other work on the graph: {@code what} names it in the log line each retry writes. */
    GraphWriteRetry(String name, String what, Predicate<Throwable> retryable) {
        retry = Retry.of(name, RetryConfig.<Object>custom()
                .maxAttempts(MAX_ATTEMPTS)
                .retryOnException(retryable)
                .intervalBiFunction((attempt, outcome) -> waitMillis(attempt, outcome, ThreadLocalRandom.current().nextDouble()))
                .build());
        retry.getEventPublisher().onRetry(e -> LOG.info("{} attempt {} of {} failed ({}); running it again in {} ms", what,
                e.getNumberOfRetryAttempts(), MAX_ATTEMPTS, reason(e.getLastThrowable()), e.getWaitInterval().toMillis()));
    }

    <T> T execute(Supplier<T> transaction) {
        return retry.executeSupplier(transaction);
    }

    /** The wait after failed attempt {@code attempt} (1-based), spread by {@code random} (0..1) over ±50%. */
    static long waitMillis(int attempt, Either<Throwable, ?> outcome, double random) {
        boolean deadlock = outcome.isLeft() && (outcome.getLeft() instanceof TransientException t && DEADLOCK.equals(t.code())
                || outcome.getLeft() instanceof NodeDeletedMeanwhileException);
        long base = (deadlock ? DEADLOCK_FIRST_WAIT_MS : OTHER_FIRST_WAIT_MS) << Math.max(0, attempt - 1);
        return Math.max(1, Math.round(base * (0.5 + random)));
    }

    static String reason(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return failure instanceof Neo4jException n && n.code() != null && !n.code().isEmpty() ? n.code() + ": " + first
                : failure.getClass().getSimpleName() + ": " + first;
    }

    Retry.Metrics metrics() {
        return retry.getMetrics();
    }
}
