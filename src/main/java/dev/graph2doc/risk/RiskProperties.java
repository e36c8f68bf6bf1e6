package dev.graph2doc.risk;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/** {@code graph2doc.risk.*}: the limits the risk report rates a mapping against. */
@ConfigurationProperties("graph2doc.risk")
public record RiskProperties(@Bindable(defaultValue = "16777216") long maxDocumentBytes,
                             @Bindable(defaultValue = "10000") long maxArrayItems,
                             @Bindable(defaultValue = "100000") long maxWiredtigerFiles,
                             @Bindable(defaultValue = "100000") long renderCap,
                             @Bindable(defaultValue = "5") int sampleRoots,
                             @Bindable(defaultValue = "1000") long maxFanOut) implements CheckedProperties {

    @Override
    public List<String> problems() {
        return CheckedProperties.problemsOf(this::limits);
    }

    RiskLimits limits() {
        return new RiskLimits(maxDocumentBytes, maxArrayItems, maxWiredtigerFiles, renderCap, sampleRoots, maxFanOut);
    }
}
