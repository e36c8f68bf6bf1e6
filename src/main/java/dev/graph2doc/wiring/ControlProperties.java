package dev.graph2doc.wiring;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code graph2doc.control.*}: the control database's name, and the MongoDB holding it when not the data MongoDB
 * (see {@link ControlMongo}).
 */
@ConfigurationProperties("graph2doc.control")
public record ControlProperties(@Bindable(defaultValue = "graph2doc_control") String database,
                                @Nullable String mongodbUri) implements CheckedProperties {
}
