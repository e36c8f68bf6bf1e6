package dev.graph2doc.store.neo4j;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** UP when a query round-trips through the driver; DOWN with the driver's reason otherwise. */
@Singleton
public class Neo4jHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final Neo4jConnection stores;

    public Neo4jHealthIndicator(Neo4jConnection stores) {
        this.stores = stores;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try (Session session = stores.neo4j().session()) {
            Record row = session.run("CALL dbms.components() YIELD name, versions, edition "
                    + "WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition").single();
            healthStatus = HealthStatus.UP;
            return Map.of("uri", stores.neo4jUri(),
                    "embedded", stores.embedded(),
                    "version", row.get("version").asString(),
                    "edition", row.get("edition").asString());
        }
    }

    @Override
    public String getName() {
        return "neo4j";
    }
}
