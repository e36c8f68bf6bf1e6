package dev.graph2doc.write;

import dev.graph2doc.config.CheckedProperties;
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
    Gate backlogGate(WriteOutbox outbox, RepairProperties repair) {
        return new BacklogGate(outbox, repair.grace());
    }

    @Singleton
    MutationReader mutationReader(ActiveMapping mapping, WriteProperties write) {
        return new MutationReader(mapping.get(), CheckedProperties.checked(write).maxBatch());
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
                              WriteMetrics metrics, Fence fence, RepairProperties repair) {
        return new RepairWorker(outbox, rerenderer, confirmations, repair.settings(),
                Clock.systemUTC(), metrics, fence);
    }

    @Singleton
    CircuitBreaker mongodbBreaker(MeterRegistry meters, WriteProperties.MongoWriteProperties.BreakerProperties breaker) {
        float failureRate = breaker.failureRate();
        int window = breaker.window();
        Duration openFor = breaker.openFor();
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
                              WriteProperties.MongoWriteProperties mongodb) {
        Duration timeout = mongodb.timeout();
        int attempts = mongodb.attempts();
        Retry retry = Retry.of("mongodb-writes", RetryConfig.custom().maxAttempts(attempts)
                .waitDuration(Duration.ofMillis(20)).retryOnException(nativeWriter::isTransient).build());
        return new DocumentSide(nativeWriter, rerenderer, confirmations,
                new DocumentSide.Resilience(breaker, retry, timeout), metrics);
    }
}
