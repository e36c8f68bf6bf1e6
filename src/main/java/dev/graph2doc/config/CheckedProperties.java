package dev.graph2doc.config;

import java.util.List;

/**
 * A capability's typed configuration ({@code @ConfigurationProperties}): {@link ConfigurationCheck} binds every one
 * and asks each for its problems before anything starts, so a bad configuration is reported whole, once.
 */
public interface CheckedProperties {

    /** Each value out of range, as {@code key = value must …}; empty when all are usable. */
    default List<String> problems() {
        return List.of();
    }

    /** {@code properties}, or an {@link IllegalArgumentException} naming its problems (a context not checked first). */
    static <T extends CheckedProperties> T checked(T properties) {
        List<String> problems = properties.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
        return properties;
    }

    /** The problems {@code build} names by throwing: the settings types check their values when made. */
    static List<String> problemsOf(Runnable build) {
        try {
            build.run();
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }
}
