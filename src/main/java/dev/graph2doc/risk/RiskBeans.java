package dev.graph2doc.risk;

import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.mapping.GraphSchema;
import dev.graph2doc.store.DocumentSizes;
import dev.graph2doc.store.GraphStatistics;
import dev.graph2doc.store.GraphStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

@Factory
class RiskBeans {

    /** @throws IllegalArgumentException naming every bad value at once */
    @Singleton
    RiskLimits riskLimits(@Value("${graph2doc.risk.max-document-bytes:16777216}") long maxDocumentBytes,
                          @Value("${graph2doc.risk.max-array-items:10000}") long maxArrayItems,
                          @Value("${graph2doc.risk.max-wiredtiger-files:100000}") long maxWiredTigerFiles,
                          @Value("${graph2doc.risk.render-cap:100000}") long renderCap,
                          @Value("${graph2doc.risk.sample-roots:5}") int sampleRoots,
                          @Value("${graph2doc.risk.max-fan-out:1000}") long maxFanOut) {
        return new RiskLimits(maxDocumentBytes, maxArrayItems, maxWiredTigerFiles, renderCap, sampleRoots, maxFanOut);
    }

    /** The report of the mapping the service runs with. */
    @Singleton
    RiskReporter riskReporter(ActiveMapping mapping, GraphStore graph, GraphStatistics statistics, GraphSchema schema,
                              DocumentSizes sizes, RiskLimits limits) {
        return new RiskReporter(mapping.get(), graph, statistics, schema, sizes, limits);
    }
}
