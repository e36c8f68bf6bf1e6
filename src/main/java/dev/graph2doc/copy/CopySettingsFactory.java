package dev.graph2doc.copy;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
class CopySettingsFactory {

    @Singleton
    CopySettings copySettings(CopyProperties properties) {
        return properties.settings();
    }
}
