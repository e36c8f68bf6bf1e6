package dev.graph2doc.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.ConfigurationReader;
import io.micronaut.context.env.Environment;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.core.type.Argument;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.MethodInjectionPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds every {@link CheckedProperties} and collects what is wrong with all of them — a value that does not convert
 * (bound by Micronaut, reported here with its prefix) and a value out of range — into one {@link
 * ConfigurationException}, instead of the first bean to fail stopping start-up with its own problem alone.
 */
public final class ConfigurationCheck {

    private ConfigurationCheck() {
    }

    /** @throws ConfigurationException naming every problem, when there is one */
    public static void require(BeanContext context) {
        List<String> problems = problems(context);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }

    static List<String> problems(BeanContext context) {
        List<String> problems = new ArrayList<>();
        List<BeanDefinition<CheckedProperties>> definitions = new ArrayList<>(
                context.getBeanDefinitions(CheckedProperties.class));
        definitions.sort(Comparator.comparing(ConfigurationCheck::prefix));
        for (BeanDefinition<CheckedProperties> definition : definitions) {
            List<String> unconvertible = unconvertible(context, definition);
            if (!unconvertible.isEmpty()) {
                problems.addAll(unconvertible);
                continue;
            }
            try {
                problems.addAll(context.getBean(definition).problems());
            } catch (RuntimeException e) {
                problems.add(prefix(definition) + ": " + rootMessage(e));
            }
        }
        return problems;
    }

    /**
     * Values set under the type's prefix that do not convert to their property's type: Micronaut binds such a value
     * as if it were absent (the default), so a typo like {@code store-timeout: five seconds} would pass unseen.
     */
    private static List<String> unconvertible(BeanContext context, BeanDefinition<?> definition) {
        Optional<String> prefix = definition.stringValue(ConfigurationReader.class, "prefix");
        if (prefix.isEmpty() || !(context instanceof ApplicationContext application)) {
            return List.of();
        }
        Environment environment = application.getEnvironment();
        List<String> problems = new ArrayList<>();
        properties(definition).forEach((name, type) -> {
            String key = prefix.get() + "." + NameUtils.hyphenate(name);
            if (environment.containsProperty(key) && environment.getProperty(key, type).isEmpty()) {
                problems.add(key + " = '" + environment.getProperty(key, String.class).orElse("") + "' is not "
                        + describe(type));
            }
        });
        return problems;
    }

    /** Constructor arguments (records) and setters (classes), by property name. */
    private static Map<String, Argument<?>> properties(BeanDefinition<?> definition) {
        Map<String, Argument<?>> properties = new LinkedHashMap<>();
        for (Argument<?> argument : definition.getConstructor().getArguments()) {
            properties.put(argument.getName(), argument);
        }
        for (MethodInjectionPoint<?, ?> method : definition.getInjectedMethods()) {
            if (method.getName().startsWith("set") && method.getArguments().length == 1) {
                properties.put(NameUtils.decapitalize(method.getName().substring(3)), method.getArguments()[0]);
            }
        }
        return properties;
    }

    private static String describe(Argument<?> type) {
        Class<?> t = type.getType();
        if (t == java.time.Duration.class) {
            return "a duration: write it like 500ms, 5s, 10m or 24h";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.toString(t.getEnumConstants());
        }
        return "a " + (t.isPrimitive() ? t.getName() : t.getSimpleName());
    }

    private static String prefix(BeanDefinition<?> definition) {
        return definition.stringValue(ConfigurationReader.class, "prefix").orElse(definition.getBeanType().getSimpleName());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
    }
}
