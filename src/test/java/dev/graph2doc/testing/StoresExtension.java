package dev.graph2doc.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test {@link TestStores}: started once per test run and shared. Which stores depends on the
 * {@code stores} system property: {@code embedded}, {@code containers} (Testcontainers: neo4j:5.26 and
 * mongo:7 as a replica set), or {@code auto} (the default: containers when a Docker engine answers).
 */
public final class StoresExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StoresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestStores.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stores(context);
    }

    public static TestStores stores(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("stores", key -> StartedStores.start(StoresMode.fromSystemProperty()),
                        StartedStores.class)
                .stores();
    }
}
