package dev.graph2doc.metrics;

import dev.graph2doc.phase.Lease;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * {@code graph2doc_fenced} (1 while this instance is fenced) and {@code graph2doc_fenced_seconds_total}; registered
 * when the service starts (not eagerly: the configuration check comes first).
 */
@Singleton
@Requires(beans = MeterRegistry.class)
public final class FenceMeters {

    FenceMeters(Lease lease, MeterRegistry registry) {
        Gauge.builder("graph2doc.fenced", lease, l -> l.isFenced() ? 1 : 0)
                .description("1 while this instance is fenced: cut off from the control store, acting on no phase")
                .register(registry);
        FunctionCounter.builder("graph2doc.fenced.seconds", lease, Lease::fencedSeconds)
                .description("Seconds this instance spent fenced since it started").register(registry);
    }
}
