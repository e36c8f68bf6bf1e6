package dev.graph2doc.risk;

import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.mapping.GraphSchema;
import dev.graph2doc.store.DocumentSizes;
import dev.graph2doc.store.GraphStatistics;
import dev.graph2doc.store.GraphStore;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
class RiskBeans {

    /** @throws IllegalArgumentException naming every bad value at once */
    @Singleton
    RiskLimits riskLimits(RiskProperties properties) {
        return properties.limits();
    }

    /** The report of the mapping the service runs with. */
    @Singleton
    RiskReporter riskReporter(ActiveMapping mapping, GraphStore graph, GraphStatistics statistics, GraphSchema schema,
                              DocumentSizes sizes, RiskLimits limits) {
        return new RiskReporter(mapping.get(), graph, statistics, schema, sizes, limits);
    }
}
