package dev.graph2doc.read.shadow;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/** {@code graph2doc.phase.auto-step-back.*}: when a burst of mismatches sends a tenant's reads back to Neo4j. */
@ConfigurationProperties("graph2doc.phase.auto-step-back")
public record AutoStepBackProperties(@Bindable(defaultValue = "true") boolean enabled,
                                     @Bindable(defaultValue = "0.01") double maxMismatchRatio,
                                     @Bindable(defaultValue = "5m") Duration window,
                                     @Bindable(defaultValue = "50") long minComparisons) implements CheckedProperties {

    @Override
    public List<String> problems() {
        return CheckedProperties.problemsOf(this::settings);
    }

    public AutoStepBackSettings settings() {
        return new AutoStepBackSettings(enabled, maxMismatchRatio, window, minComparisons);
    }
}
