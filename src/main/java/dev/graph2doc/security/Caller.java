package dev.graph2doc.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;

/** Who presented a valid token: its kind, its name (the audit log's {@code who}) and, for a key, its tenant. */
public record Caller(CallerKind kind, String name, @Nullable String tenant) {

    static final String KIND = "graph2doc.kind";
    static final String TENANT = "graph2doc.tenant";

    static Caller of(Credential c) {
        return new Caller(c.kind(), c.name(), c.tenant());
    }

    Authentication authentication() {
        Map<String, Object> attributes = tenant == null ? Map.of(KIND, kind.name()) : Map.of(KIND, kind.name(), TENANT, tenant);
        return Authentication.build(name, List.of(kind.name()), attributes);
    }

    static @Nullable Caller of(@Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getAttributes().get(KIND) instanceof String kind)) {
            return null;
        }
        Object tenant = authentication.getAttributes().get(TENANT);
        return new Caller(CallerKind.valueOf(kind), authentication.getName(), tenant == null ? null : tenant.toString());
    }
}
