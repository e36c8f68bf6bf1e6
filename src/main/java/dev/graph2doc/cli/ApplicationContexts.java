package dev.graph2doc.cli;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

/** Builds the application context the same way for every command. */
final class ApplicationContexts {

    private ApplicationContexts() {
    }

    static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .banner(false)
                .properties(properties)
                .start();
    }
}
