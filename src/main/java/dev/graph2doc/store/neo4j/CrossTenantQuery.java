package dev.graph2doc.store.neo4j;

import java.util.Map;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * A query that is deliberately not scoped to one tenant, named as such where it is written: schema changes
 * (indexes, constraints), the list of tenants, and the outbox drain across tenants. Everything issued on behalf of
 * one tenant is a {@link TenantCypher.Query} instead; {@code QuerySafetyArchitectureTest} holds the adapters to that.
 */
record CrossTenantQuery(String text, Map<String, Object> parameters) {

    /** An index, a constraint, waiting for them: about the database, no tenant's data. */
    static CrossTenantQuery schema(String text) {
        return new CrossTenantQuery(text, Map.of());
    }

    static CrossTenantQuery schema(String text, Map<String, Object> parameters) {
        return new CrossTenantQuery(text, parameters);
    }

    /** Reads or changes rows of every tenant at once, each row naming its own tenant. */
    static CrossTenantQuery acrossTenants(String text, Map<String, Object> parameters) {
        return new CrossTenantQuery(text, parameters);
    }

    Result run(SimpleQueryRunner runner) {
        return runner.run(text, parameters);
    }
}
