package dev.graph2doc.testing;

import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The API tests' fixture: empty stores, the demo fleet seeded, the service started on a free port. */
public final class SeededService {

    private SeededService() {
    }

    /** {@code settings}: on top of the stores' own properties and a free port, e.g. faster poll intervals. */
    public static RunningService start(TestStores stores, FleetSpec fleet, Map<String, Object> settings) {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(fleet, m -> { });
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.put("micronaut.server.port", 0);
        properties.putAll(settings);
        return RunningService.start(properties, Optional.empty(), line -> { });
    }
}
