package dev.graph2doc.security;

import io.micronaut.core.annotation.Nullable;
import java.security.Principal;

/** The name the audit log records for a request's caller. */
public final class Principals {

    /** Only with {@code graph2doc.security.insecure-dev}: nobody authenticated. */
    public static final String ANONYMOUS = "anonymous";

    private Principals() {
    }

    public static String who(@Nullable Principal principal) {
        return principal == null ? ANONYMOUS : principal.getName();
    }
}
