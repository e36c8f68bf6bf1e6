package dev.graph2doc.store.mongo;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;
import org.bson.Document;

/** UP when the server answers a ping through the driver; DOWN with the driver's reason otherwise. */
@Singleton
public class MongoHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final MongoConnection stores;

    public MongoHealthIndicator(MongoConnection stores) {
        this.stores = stores;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Document buildInfo = stores.mongo().getDatabase("admin").runCommand(new Document("buildInfo", 1));
        healthStatus = HealthStatus.UP;
        return Map.of("uri", stores.mongoUri(),
                "embedded", stores.embedded(),
                "version", String.valueOf(buildInfo.get("version")));
    }

    @Override
    public String getName() {
        return "mongodb";
    }
}
