package dev.graph2doc.mapping;

import java.util.regex.Pattern;

/**
 * What may name a tenant: it becomes part of a MongoDB database name, a URL path and a token file entry, so one rule
 * for all of them — letters, digits, {@code _} and {@code -}, 1 to 48 characters.
 */
public final class TenantName {

    public static final String RULE = "1 to 48 letters, digits, '_' or '-'";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,48}");

    private TenantName() {
    }

    public static boolean valid(String tenant) {
        return tenant != null && VALID.matcher(tenant).matches();
    }

    /** The tenant itself, or an {@link IllegalArgumentException} naming it (control characters masked). */
    public static String require(String tenant) {
        if (!valid(tenant)) {
            String shown = tenant == null ? "null" : "'" + tenant.replaceAll("\\p{Cntrl}", "?") + "'";
            throw new IllegalArgumentException("tenant " + shown + " is not a tenant name: use " + RULE);
        }
        return tenant;
    }
}
