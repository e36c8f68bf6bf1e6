package dev.graph2doc.read.verify;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/** {@code graph2doc.verify.*}: full verification's pace, batches and lease. */
@ConfigurationProperties("graph2doc.verify")
public record VerifyProperties(@Bindable(defaultValue = "500") int batchSize,
                               @Bindable(defaultValue = "0") long maxDocumentsPerSecond,
                               @Bindable(defaultValue = "10") int maxExamples,
                               @Bindable(defaultValue = "30s") Duration lease,
                               @Bindable(defaultValue = "1s") Duration pollInterval) implements CheckedProperties {

    @Override
    public List<String> problems() {
        return CheckedProperties.problemsOf(this::settings);
    }

    VerificationSettings settings() {
        return new VerificationSettings(batchSize, maxDocumentsPerSecond, maxExamples, lease, pollInterval);
    }
}
