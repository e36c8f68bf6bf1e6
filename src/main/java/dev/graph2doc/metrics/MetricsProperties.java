package dev.graph2doc.metrics;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code graph2doc.metrics.*}: how often the gauges that read the control database refresh. */
@ConfigurationProperties("graph2doc.metrics")
public record MetricsProperties(@Bindable(defaultValue = "5s") Duration copyRefresh,
                                @Bindable(defaultValue = "5s") Duration backlogRefresh,
                                @Bindable(defaultValue = "5s") Duration phaseRefresh) implements CheckedProperties {

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        positive(problems, "copy-refresh", copyRefresh);
        positive(problems, "backlog-refresh", backlogRefresh);
        positive(problems, "phase-refresh", phaseRefresh);
        return problems;
    }

    private static void positive(List<String> problems, String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            problems.add("graph2doc.metrics." + key + " = " + value + " must be positive");
        }
    }
}
