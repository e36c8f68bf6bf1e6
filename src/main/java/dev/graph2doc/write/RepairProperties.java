package dev.graph2doc.write;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/** {@code graph2doc.repair.*}: the repair worker's poll, grace and batch. */
@ConfigurationProperties("graph2doc.repair")
public record RepairProperties(@Bindable(defaultValue = "200ms") Duration pollInterval,
                               @Bindable(defaultValue = "2s") Duration grace,
                               @Bindable(defaultValue = "500") int batchSize) implements CheckedProperties {

    @Override
    public List<String> problems() {
        return CheckedProperties.problemsOf(this::settings);
    }

    RepairSettings settings() {
        return new RepairSettings(pollInterval, grace, batchSize);
    }
}
