package dev.graph2doc.metrics;

import dev.graph2doc.copy.CopyPartition;
import dev.graph2doc.copy.CopyProgressListener;
import dev.graph2doc.mapping.UnmappableValueException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The copy's domain events as Prometheus metrics: {@code graph2doc_copy_documents_total},
 * {@code graph2doc_copy_unmappable_documents_total} (by tenant and collection) and {@code graph2doc_copy_batch_seconds}.
 */
@Singleton
public final class CopyMetrics implements CopyProgressListener {

    private final MeterRegistry registry;
    private final Timer batch;

    public CopyMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.batch = Timer.builder("graph2doc.copy.batch").description("Time to read, write and checkpoint one copy chunk")
                .publishPercentileHistogram().register(registry);
    }

    @Override
    public void chunkCopied(CopyPartition partition, int roots, int written, Duration took) {
        counter("graph2doc.copy.documents", partition).increment(roots);
        batch.record(took);
    }

    @Override
    public void unmappable(CopyPartition partition, UnmappableValueException problem) {
        counter("graph2doc.copy.unmappable.documents", partition).increment();
    }

    private Counter counter(String name, CopyPartition p) {
        return Counter.builder(name).tags("tenant", p.tenant(), "collection", p.collection()).register(registry);
    }
}
