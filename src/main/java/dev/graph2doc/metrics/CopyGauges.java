package dev.graph2doc.metrics;

import dev.graph2doc.copy.CopyService;
import dev.graph2doc.copy.CopyStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code graph2doc_copy_remaining_documents{tenant,collection}}: refreshed from the shared copy state on a
 * schedule, so a scrape never waits on MongoDB and every instance reports the same numbers.
 */
@Singleton
public final class CopyGauges {

    private final CopyService copy;
    private final MeterRegistry registry;
    private final Map<String, Long> remaining = new ConcurrentHashMap<>();

    public CopyGauges(CopyService copy, MeterRegistry registry) {
        this.copy = copy;
        this.registry = registry;
    }

    @Scheduled(fixedDelay = "${graph2doc.metrics.copy-refresh:5s}", initialDelay = "1s")
    public void refresh() {
        for (CopyStatus s : copy.status()) {
            String key = s.tenant() + "/" + s.collection();
            Long previous = remaining.put(key, Math.max(0, s.total() - s.done()));
            if (previous == null) {
                Gauge.builder("graph2doc.copy.remaining.documents", remaining, m -> m.getOrDefault(key, 0L))
                        .description("Roots of the collection not yet copied (estimate from the plan)")
                        .tags("tenant", s.tenant(), "collection", s.collection()).register(registry);
            }
        }
    }
}
