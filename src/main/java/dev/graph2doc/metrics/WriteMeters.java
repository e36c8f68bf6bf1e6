package dev.graph2doc.metrics;

import dev.graph2doc.write.WriteMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The write path's domain events as Prometheus metrics: {@code graph2doc_writes_total{tenant,store,outcome}},
 * {@code graph2doc_write_seconds{store}} and {@code graph2doc_repairs_total{tenant,outcome}}.
 */
@Singleton
public final class WriteMeters implements WriteMetrics {

    private final MeterRegistry registry;

    public WriteMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void recordWrite(String tenant, String store, String outcome, Duration took) {
        Counter.builder("graph2doc.writes").tags("tenant", tenant, "store", store, "outcome", outcome)
                .register(registry).increment();
        Timer.builder("graph2doc.write").description("Time one store took for one write batch").tags("store", store)
                .publishPercentileHistogram().register(registry).record(took);
    }

    @Override
    public void recordRepairs(String tenant, String outcome, int documents) {
        Counter.builder("graph2doc.repairs").tags("tenant", tenant, "outcome", outcome).register(registry)
                .increment(documents);
    }
}
