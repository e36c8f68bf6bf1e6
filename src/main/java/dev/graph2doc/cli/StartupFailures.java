package dev.graph2doc.cli;

import dev.graph2doc.config.ConfigurationException;
import dev.graph2doc.mapping.MappingException;
import dev.graph2doc.security.TokensFileException;
import dev.graph2doc.store.StoreStartupException;

/** Turns a start-up failure into the sentence an operator needs, instead of a wall of stack trace. */
final class StartupFailures {

    private StartupFailures() {
    }

    static String explain(Throwable failure) {
        ConfigurationException configuration = find(failure, ConfigurationException.class);
        if (configuration != null) {
            return configuration.getMessage();
        }
        StoreStartupException stores = find(failure, StoreStartupException.class);
        if (stores != null) {
            return stores.getMessage();
        }
        MappingException mapping = find(failure, MappingException.class);
        if (mapping != null) {
            return mapping.getMessage();
        }
        TokensFileException tokens = find(failure, TokensFileException.class);
        if (tokens != null) {
            return tokens.getMessage();
        }
        ServiceStartupException service = find(failure, ServiceStartupException.class);
        if (service != null) {
            return service.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return "start-up failed: " + message + " (" + root.getClass().getSimpleName() + ")";
    }

    static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
