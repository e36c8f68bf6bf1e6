package dev.graph2doc.metrics;

import dev.graph2doc.read.ReadMetrics;
import dev.graph2doc.read.shadow.ComparisonResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * The read path's domain events as Prometheus metrics: {@code graph2doc_reads_total{tenant,store}},
 * {@code graph2doc_read_seconds{store}}, {@code graph2doc_shadow_comparisons_total{tenant,collection,result}}
 * (result: match, mismatch, stale, error, timeout, dropped) and, for each mismatch,
 * {@code graph2doc_shadow_mismatches_total{tenant,collection,kind}} (kind: missing, extra, field, array_order, type).
 * Control-vs-control experiments count apart, in {@code graph2doc_shadow_experiment_comparisons_total}, so that the
 * read-diff rate {@code comparisons{result="mismatch"} / comparisons} only ever compares the two stores.
 */
@Singleton
public final class ReadMeters implements ReadMetrics {

    private final MeterRegistry registry;

    public ReadMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void recordRead(String tenant, String store, long nanos) {
        Counter.builder("graph2doc.reads").description("Data-API reads served, by the store that served them")
                .tags("tenant", tenant, "store", store).register(registry).increment();
        Timer.builder("graph2doc.read").description("Time the serving store took for one data-API read")
                .tags("store", store).publishPercentileHistogram().register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void compared(ComparisonResult r) {
        String result = r.outcome().isMismatch() ? "mismatch" : r.outcome().label();
        if (r.experiment()) {
            comparisons("graph2doc.shadow.experiment.comparisons", r.tenant(), r.collection(), result,
                    "Control-vs-control comparisons (the noise floor), by result");
            return;
        }
        comparisons("graph2doc.shadow.comparisons", r.tenant(), r.collection(), result,
                "Shadow comparisons of the serving store with the other one, by result");
        if (r.outcome().isMismatch()) {
            Counter.builder("graph2doc.shadow.mismatches").description("Shadow comparisons that found a difference, by kind")
                    .tags("tenant", r.tenant(), "collection", r.collection(), "kind", r.outcome().label())
                    .register(registry).increment();
        }
    }

    @Override
    public void dropped(String tenant, String collection) {
        comparisons("graph2doc.shadow.comparisons", tenant, collection, "dropped",
                "Shadow comparisons of the serving store with the other one, by result");
    }

    private void comparisons(String name, String tenant, String collection, String result, String description) {
        Counter.builder(name).description(description)
                .tags("tenant", tenant, "collection", collection, "result", result).register(registry).increment();
    }
}
