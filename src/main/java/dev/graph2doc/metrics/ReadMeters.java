package dev.graph2doc.metrics;

import dev.graph2doc.read.ComparisonResult;
import dev.graph2doc.read.ReadMetrics;
import dev.graph2doc.read.ShadowListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The read path's domain events as Prometheus metrics: {@code graph2doc_read_seconds{store}},
 * {@code graph2doc_shadow_comparisons_total{tenant,collection,outcome}} (outcome: match, missing, extra, field,
 * array_order, type, stale, error, timeout; {@code experiment="true"} for control-vs-control) and
 * {@code graph2doc_shadow_dropped_total{tenant,collection}}. The read-diff rate is the non-match, non-stale share.
 */
public final class ReadMeters implements ReadMetrics, ShadowListener {

    private final MeterRegistry registry;

    public ReadMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void recordRead(String tenant, String store, long nanos) {
        Timer.builder("graph2doc.read").description("Time the serving store took for one data-API read")
                .tags("store", store).publishPercentileHistogram().register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void compared(ComparisonResult r) {
        Counter.builder("graph2doc.shadow.comparisons").description("Documents compared by shadow reads, by outcome")
                .tags("tenant", r.tenant(), "collection", r.collection(), "outcome", r.outcome().label(),
                        "experiment", Boolean.toString(r.experiment()))
                .register(registry).increment();
    }

    @Override
    public void dropped(String tenant, String collection) {
        Counter.builder("graph2doc.shadow.dropped").description("Reads not compared because the comparator queue was full")
                .tags("tenant", tenant, "collection", collection).register(registry).increment();
    }
}
