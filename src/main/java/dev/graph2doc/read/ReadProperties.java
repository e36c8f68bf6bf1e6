package dev.graph2doc.read;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/** {@code graph2doc.read.*}: page sizes of the data API's collection reads. */
@ConfigurationProperties("graph2doc.read")
public record ReadProperties(@Bindable(defaultValue = "100") int defaultLimit,
                             @Bindable(defaultValue = "1000") int maxLimit) implements CheckedProperties {

    @Override
    public List<String> problems() {
        return defaultLimit < 1 || defaultLimit > maxLimit ? List.of("graph2doc.read.default-limit = " + defaultLimit
                + " must be between 1 and graph2doc.read.max-limit (" + maxLimit + ")") : List.of();
    }
}
