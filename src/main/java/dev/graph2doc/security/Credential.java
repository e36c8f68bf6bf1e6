package dev.graph2doc.security;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One accepted bearer token, kept only as its SHA-256 digest. {@code name} is what the audit log records;
 * {@code tenant} is set for tenant keys only; {@code expires} null means it never expires.
 */
public record Credential(CallerKind kind, String name, @Nullable String tenant, byte[] digest, @Nullable Instant expires) {

    public static Credential operator(String name, byte[] digest, @Nullable Instant expires) {
        return new Credential(CallerKind.OPERATOR, name, null, digest, expires);
    }

    public static Credential tenantKey(String tenant, String name, byte[] digest, @Nullable Instant expires) {
        return new Credential(CallerKind.TENANT, name, tenant, digest, expires);
    }

    boolean expiredAt(Instant now) {
        return expires != null && !now.isBefore(expires);
    }
}
