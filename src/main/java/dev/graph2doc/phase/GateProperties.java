package dev.graph2doc.phase;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/** {@code graph2doc.phase.gates.*}: the evidence a transition needs. */
@ConfigurationProperties("graph2doc.phase.gates")
public record GateProperties(@Bindable(defaultValue = "0.001") double maxMismatchRatio,
                             @Bindable(defaultValue = "1000") long minComparisons,
                             @Bindable(defaultValue = "24h") Duration verificationFreshness,
                             @Bindable(defaultValue = "30m") Duration minCompareDuration,
                             @Bindable(defaultValue = "5s") Duration storeTimeout) implements CheckedProperties {

    @Override
    public List<String> problems() {
        return CheckedProperties.problemsOf(this::settings);
    }

    GateSettings settings() {
        return new GateSettings(maxMismatchRatio, minComparisons, verificationFreshness, minCompareDuration, storeTimeout);
    }
}
