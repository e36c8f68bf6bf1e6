package dev.graph2doc.metrics;

import dev.graph2doc.read.verify.VerificationListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * {@code graph2doc_verification_documents_total{tenant,collection,result}}: documents the full verification judged,
 * by result (matched, missing, extra, mismatched, unsettled, unrenderable).
 */
@Singleton
public final class VerificationMeters implements VerificationListener {

    private final MeterRegistry registry;

    public VerificationMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void judged(String tenant, String collection, String result, long documents) {
        Counter.builder("graph2doc.verification.documents").description("Documents judged by full verification, by result")
                .tags("tenant", tenant, "collection", collection, "result", result).register(registry).increment(documents);
    }
}
