package dev.graph2doc.write;

import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.phase.Fence;
import dev.graph2doc.phase.Gate;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The write path's parts, configured under {@code graph2doc.write.*} and {@code graph2doc.repair.*}. */
@Factory
class WriteBeans {

    /** The write path's gate on the phase machine: no repair backlog older than the grace. */
    @Singleton
    @Order(3)
    Gate backlogGate(WriteOutbox outbox, @Value("${graph2doc.repair.grace:2s}") Duration repairGrace) {
        return new BacklogGate(outbox, repairGrace);
    }

    @Singleton
    MutationReader mutationReader(ActiveMapping mapping, @Value("${graph2doc.write.max-batch:1000}") int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("graph2doc.write.max-batch must be 1 or more, got " + maxBatch);
        }
        return new MutationReader(mapping.get(), maxBatch);
    }

    @Singleton
    OutboxConfirmations outboxConfirmations() {
        return new OutboxConfirmations(Clock.systemUTC());
    }

    @Singleton
    Rerenderer rerenderer(ActiveMapping mapping, GraphStore graph, DocumentStore documents) {
        return new Rerenderer(mapping.get(), graph, documents);
    }

    @Singleton
    @Bean(preDestroy = "close")
    RepairWorker repairWorker(WriteOutbox outbox, Rerenderer rerenderer, OutboxConfirmations confirmations,
                              WriteMetrics metrics, Fence fence,
                              @Value("${graph2doc.repair.poll-interval:200ms}") Duration poll,
                              @Value("${graph2doc.repair.grace:2s}") Duration grace,
                              @Value("${graph2doc.repair.batch-size:500}") int batch) {
        return new RepairWorker(outbox, rerenderer, confirmations, new RepairSettings(poll, grace, batch),
                Clock.systemUTC(), metrics, fence);
    }

    @Singleton
    CircuitBreaker mongodbBreaker(MeterRegistry meters,
                                  @Value("${graph2doc.write.mongodb.breaker.failure-rate:50}") float failureRate,
                                  @Value("${graph2doc.write.mongodb.breaker.window:20}") int window,
                                  @Value("${graph2doc.write.mongodb.breaker.open-for:5s}") Duration openFor) {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(failureRate).slidingWindowSize(window).minimumNumberOfCalls(Math.min(window, 10))
                .waitDurationInOpenState(openFor).permittedNumberOfCallsInHalfOpenState(3)
                .automaticTransitionFromOpenToHalfOpenEnabled(true).build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry.circuitBreaker("mongodb-writes");
    }

    @Singleton
    DocumentSide documentSide(dev.graph2doc.write.NativeDocumentWriter nativeWriter, Rerenderer rerenderer,
                              OutboxConfirmations confirmations, CircuitBreaker breaker, WriteMetrics metrics,
                              @Value("${graph2doc.write.mongodb.timeout:1s}") Duration timeout,
                              @Value("${graph2doc.write.mongodb.attempts:2}") int attempts) {
        Retry retry = Retry.of("mongodb-writes", RetryConfig.custom().maxAttempts(attempts)
                .waitDuration(Duration.ofMillis(20)).retryOnException(nativeWriter::isTransient).build());
        return new DocumentSide(nativeWriter, rerenderer, confirmations,
                new DocumentSide.Resilience(breaker, retry, timeout), metrics);
    }
}
