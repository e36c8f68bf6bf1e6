package dev.graph2doc.security;

import dev.graph2doc.mapping.TenantName;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which caller may call which path; a pure function of the two, so every row is unit-tested. Open: health,
 * metrics (unless protected), the status page's static files and the API docs. {@code /migration/**}: operator
 * tokens only. {@code /v1/tenants/{tenant}/**}: that tenant's keys only. Anything else: operators.
 */
public final class AccessPolicy {

    private static final Pattern STATIC_FILE = Pattern.compile("/[A-Za-z0-9_.-]+\\.(html|js|mjs|css|svg|png|ico|map|woff2?|txt)");
    private static final List<String> OPEN_TREES = List.of("/status", "/openapi", "/swagger", "/swagger-ui", "/health");
    private static final String TENANTS = "/v1/tenants";

    private final boolean protectMetrics;

    public AccessPolicy(boolean protectMetrics) {
        this.protectMetrics = protectMetrics;
    }

    /** {@code tokenProblem}: why a presented token was not accepted (null: none presented, or accepted). */
    public Decision decide(String method, String path, @Nullable Caller caller, @Nullable String tokenProblem) {
        if (hasDotSegment(path)) {
            return refuse(caller, tokenProblem, "path segments '.' and '..' are not accepted");
        }
        if (isOpen(method, path)) {
            return Decision.ALLOW;
        }
        if (under(path, "/migration")) {
            return operatorOnly(caller, tokenProblem, "/migration");
        }
        if (under(path, TENANTS)) {
            return tenantOnly(path, caller, tokenProblem);
        }
        return operatorOnly(caller, tokenProblem, Decision.printable(path));
    }

    private boolean isOpen(String method, String path) {
        if (OPEN_TREES.stream().anyMatch(tree -> under(path, tree))) {
            return true;
        }
        if (path.equals("/prometheus")) {
            return !protectMetrics;
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        return read && (path.equals("/") || STATIC_FILE.matcher(path).matches());
    }

    private static Decision operatorOnly(@Nullable Caller caller, @Nullable String tokenProblem, String what) {
        if (caller == null) {
            return Decision.unauthenticated(tokenProblem, what + " needs an operator token");
        }
        if (caller.kind() != CallerKind.OPERATOR) {
            return Decision.forbidden("the key of tenant '" + caller.tenant() + "' is not an operator credential: "
                    + what + " needs an operator token");
        }
        return Decision.ALLOW;
    }

    private static Decision tenantOnly(String path, @Nullable Caller caller, @Nullable String tokenProblem) {
        String rest = path.length() > TENANTS.length() + 1 ? path.substring(TENANTS.length() + 1) : "";
        String tenant = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        if (!TenantName.valid(tenant)) {
            return refuse(caller, tokenProblem, "'" + Decision.printable(tenant)
                    + "' is not a tenant name: use 1 to 48 letters, digits, '_' or '-'");
        }
        if (caller == null) {
            return Decision.unauthenticated(tokenProblem, "/v1/tenants/" + tenant + " needs the key of tenant '" + tenant + "'");
        }
        if (caller.kind() != CallerKind.TENANT) {
            return Decision.forbidden("an operator token is not a data-API credential: /v1/tenants/" + tenant
                    + " needs the key of tenant '" + tenant + "'");
        }
        if (!tenant.equals(caller.tenant())) {
            return Decision.forbidden("the key '" + caller.name() + "' belongs to tenant '" + caller.tenant()
                    + "', not to tenant '" + tenant + "': use tenant '" + tenant + "''s own key");
        }
        return Decision.ALLOW;
    }

    private static Decision refuse(@Nullable Caller caller, @Nullable String tokenProblem, String why) {
        return caller == null ? Decision.unauthenticated(tokenProblem, why) : Decision.forbidden(why);
    }

    static boolean under(String path, String tree) {
        return path.equals(tree) || path.startsWith(tree + "/");
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Allowed, or refused with 401 (no valid token) or 403 (valid token, wrong kind or tenant) and the reason. */
    public record Decision(boolean allowed, int status, @Nullable String reason) {

        static final Decision ALLOW = new Decision(true, 200, null);
        private static final String HOW = "send 'Authorization: Bearer <token>'";

        static Decision unauthenticated(@Nullable String tokenProblem, String what) {
            return new Decision(false, 401, tokenProblem != null ? tokenProblem + " (" + what + ")"
                    : "no bearer token: " + what + "; " + HOW);
        }

        static Decision forbidden(String reason) {
            return new Decision(false, 403, reason);
        }

        /** Paths are the caller's text: control characters replaced, long ones cut, so the answer stays one line. */
        static String printable(String text) {
            String clean = text.replaceAll("\\p{Cntrl}", "?");
            return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
        }
    }
}
