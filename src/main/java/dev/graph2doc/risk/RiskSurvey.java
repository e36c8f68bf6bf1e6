package dev.graph2doc.risk;

import dev.graph2doc.mapping.Layout;
import java.util.List;

/** Everything the analyzer judges: the mapping's name and layout, the graph's tenants and per collection its facts. */
public record RiskSurvey(String mapping, Layout layout, List<String> tenants, List<CollectionFacts> collections) {

    public RiskSurvey {
        tenants = List.copyOf(tenants);
        collections = List.copyOf(collections);
    }
}
