package dev.graph2doc.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.Map;

/** Builds the application context the same way for every command. */
final class ApplicationContexts {

    private ApplicationContexts() {
    }

    /**
     * For commands that need stores outliving them: refuses, before anything starts, when the configuration
     * would give them fresh in-memory embedded stores. {@code why} completes "… would …".
     */
    static void requirePersistentStores(Map<String, Object> properties, String why) {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).banner(false)
                .properties(properties).build()) {
            Environment environment = context.getEnvironment().start();
            boolean configured = isSet(environment, "neo4j.uri") || isSet(environment, "mongodb.uri");
            if (!configured && !isSet(environment, "graph2doc.embedded.data-dir")) {
                throw new IllegalArgumentException(why);
            }
        }
    }

    /** True when the configuration names real servers (neo4j.uri or mongodb.uri, e.g. NEO4J_URI), not embedded ones. */
    static boolean namesRealStores(Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).banner(false)
                .properties(properties).build()) {
            Environment environment = context.getEnvironment().start();
            return isSet(environment, "neo4j.uri") || isSet(environment, "mongodb.uri");
        }
    }

    private static boolean isSet(Environment environment, String key) {
        return environment.getProperty(key, String.class).filter(v -> !v.isBlank()).isPresent();
    }

    static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .banner(false)
                .properties(properties)
                .start();
    }
}
