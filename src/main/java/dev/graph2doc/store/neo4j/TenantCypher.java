package dev.graph2doc.store.neo4j;

import static dev.graph2doc.store.neo4j.CypherNames.escape;

import dev.graph2doc.mapping.Tenancy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The only way the Neo4j adapters build a query issued on behalf of a tenant. {@link #forTenant} binds the tenant;
 * every node pattern it renders carries the tenant predicate ({@code {<tenant property>: $tenant}} for mapped
 * nodes, {@code {tenant: $tenant}} for graph2doc's own bookkeeping nodes); {@link #query} refuses a text holding a
 * labelled node pattern without it, and the {@link Query} it returns always binds {@code $tenant}. Labels, types
 * and property names go in escaped ({@link CypherNames}); variables and key expressions must be plain identifiers
 * or parameters. A fixed-tenant graph holds one tenant and has no tenant property: there the patterns carry
 * none, and the adapters answer nothing for any other tenant.
 */
final class TenantCypher {

    /** Graph2doc's own property on its bookkeeping nodes (tombstones, outbox). */
    static final String BOOKKEEPING_TENANT = "tenant";
    static final String BOOKKEEPING_PREFIX = "_G2d";
    private static final Pattern VARIABLE = Pattern.compile("[a-z][A-Za-z0-9]{0,20}");
    private static final Pattern EXPRESSION = Pattern.compile("\\$?[a-z][A-Za-z0-9]{0,20}(\\.[a-z][A-Za-z0-9]{0,20})?");
    private static final Pattern LABELLED_NODE = Pattern.compile("\\(\\s*([A-Za-z_][A-Za-z0-9_]*)?\\s*:");

    private final Tenancy tenancy;
    private final String tenant;

    private TenantCypher(Tenancy tenancy, String tenant) {
        this.tenancy = tenancy;
        this.tenant = tenant;
    }

    static TenantCypher forTenant(Tenancy tenancy, String tenant) {
        if (tenant == null || tenant.isEmpty()) {
            throw new IllegalArgumentException("A tenant query needs a tenant, got " + (tenant == null ? "null" : "''"));
        }
        return new TenantCypher(tenancy, tenant);
    }

    /** For queries on graph2doc's bookkeeping nodes alone (the outbox backlog), where no mapping is at hand. */
    static TenantCypher forBookkeeping(String tenant) {
        return forTenant(null, tenant);
    }

    String tenant() {
        return tenant;
    }

    /** {@code (var:Label {<tenant>: $tenant})}. */
    String node(String var, String label) {
        requireMapping();
        return "(" + variable(var) + ":" + escape(label) + mapped("") + ")";
    }

    /** {@code (var:Label {key: <expression>, <tenant>: $tenant})}: one node, found only inside the tenant. */
    String node(String var, String label, String keyProperty, String keyExpression) {
        requireMapping();
        return "(" + variable(var) + ":" + escape(label) + mapped(escape(keyProperty) + ": " + expression(keyExpression))
                + ")";
    }

    /** A bookkeeping node: {@code (var:Label {tenant: $tenant, p: <expression>, ...})}, in the given order. */
    String bookkeeping(String var, String label, String... propertiesAndExpressions) {
        if (!label.startsWith(BOOKKEEPING_PREFIX)) {
            throw new IllegalArgumentException("'" + label + "' is not one of graph2doc's bookkeeping labels ("
                    + BOOKKEEPING_PREFIX + "…): use node(...)");
        }
        StringBuilder out = new StringBuilder("(").append(variable(var)).append(':').append(escape(label))
                .append(" {").append(BOOKKEEPING_TENANT).append(": $tenant");
        for (int i = 0; i + 1 < propertiesAndExpressions.length; i += 2) {
            out.append(", ").append(escape(propertiesAndExpressions[i])).append(": ")
                    .append(expression(propertiesAndExpressions[i + 1]));
        }
        return out.append("})").toString();
    }

    /** {@code -[var:TYPE]->} or {@code <-[var:TYPE]-}; var may be empty. */
    String relationship(String var, String type, boolean out) {
        String r = "[" + (var.isEmpty() ? "" : variable(var)) + ":" + escape(type) + "]";
        return out ? "-" + r + "->" : "<-" + r + "-";
    }

    Query query(String text) {
        return query(text, Map.of());
    }

    /** The query, refused when a labelled node pattern in it lacks the tenant predicate; binds {@code $tenant}. */
    Query query(String text, Map<String, Object> parameters) {
        Matcher m = LABELLED_NODE.matcher(text);
        while (m.find()) {
            if (insideBackticks(text, m.start())) {
                continue;
            }
            String pattern = text.substring(m.start(), closing(text, m.start()) + 1);
            if (!scoped(pattern)) {
                throw new IllegalStateException("Node pattern " + pattern + " has no tenant predicate; build it with "
                        + "TenantCypher.node(...) — query: " + text);
            }
        }
        if (parameters.containsKey("tenant")) {
            throw new IllegalArgumentException("$tenant is bound by TenantCypher.forTenant and cannot be passed again");
        }
        Map<String, Object> bound = new HashMap<>(parameters);
        bound.put("tenant", tenant);
        return new Query(text, Collections.unmodifiableMap(bound));
    }

    private boolean scoped(String pattern) {
        boolean bookkeeping = pattern.contains(":`" + BOOKKEEPING_PREFIX)
                && pattern.contains("{" + BOOKKEEPING_TENANT + ": $tenant");
        return bookkeeping || tenancy != null && (tenancy.isFixed() || pattern.contains(predicate()));
    }

    private void requireMapping() {
        if (tenancy == null) {
            throw new IllegalStateException("This TenantCypher was made for bookkeeping nodes only (forBookkeeping)");
        }
    }

    private String mapped(String properties) {
        String tenantProperty = tenancy.isFixed() ? "" : predicate();
        String all = properties.isEmpty() ? tenantProperty
                : tenantProperty.isEmpty() ? properties : properties + ", " + tenantProperty;
        return all.isEmpty() ? "" : " {" + all + "}";
    }

    private String predicate() {
        return escape(tenancy.property()) + ": $tenant";
    }

    private static String variable(String var) {
        if (var == null || !VARIABLE.matcher(var).matches()) {
            throw new IllegalArgumentException("not a Cypher variable graph2doc writes: '" + var + "'");
        }
        return var;
    }

    private static String expression(String expression) {
        if (expression == null || !EXPRESSION.matcher(expression).matches()) {
            throw new IllegalArgumentException("a key must be a parameter or a variable, not '" + expression + "'");
        }
        return expression;
    }

    private static boolean insideBackticks(String text, int at) {
        return text.substring(0, at).chars().filter(c -> c == '`').count() % 2 == 1;
    }

    /** The ')' that closes the pattern opened at {@code open}, skipping escaped names. */
    private static int closing(String text, int open) {
        boolean quoted = false;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                quoted = !quoted;
            } else if (c == ')' && !quoted) {
                return i;
            }
        }
        throw new IllegalStateException("Unclosed node pattern in: " + text);
    }

    /** A tenant query, made only by {@link TenantCypher#query}: its text and parameters, {@code $tenant} bound. */
    static final class Query {
        private final String text;
        private final Map<String, Object> parameters;

        private Query(String text, Map<String, Object> parameters) {
            this.text = text;
            this.parameters = parameters;
        }

        String text() {
            return text;
        }

        Map<String, Object> parameters() {
            return parameters;
        }

        /** Runs with further per-call parameters; {@code $tenant} cannot be replaced. */
        Result run(SimpleQueryRunner runner, Map<String, Object> more) {
            if (more.containsKey("tenant")) {
                throw new IllegalArgumentException("$tenant is bound by TenantCypher.forTenant and cannot be replaced");
            }
            Map<String, Object> all = new HashMap<>(parameters);
            all.putAll(more);
            return runner.run(text, all);
        }

        Result run(SimpleQueryRunner runner) {
            return runner.run(text, parameters);
        }
    }
}
