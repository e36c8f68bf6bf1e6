package dev.graph2doc.cli;

import dev.graph2doc.demo.FleetCounts;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.demo.SeedReport;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.wiring.StoreConnections;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "seed", mixinStandardHelpOptions = true,
        description = {"Seeds the demo fleet graph into Neo4j and exits.",
                "Needs stores that outlive this command: NEO4J_URI and MONGODB_URI, or --data-dir."})
final class SeedCommand implements Callable<Integer> {

    @Option(names = "--data-dir", description = "Seed persistent embedded stores kept in this folder.")
    Path dataDir;

    @Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        FleetSpec spec = fleet.spec();
        Map<String, Object> properties = new HashMap<>();
        if (dataDir != null) {
            properties.put("graph2doc.embedded.data-dir", dataDir.toString());
        }
        ApplicationContexts.requirePersistentStores(properties, "seed would write into in-memory embedded stores that"
                + " vanish when it exits: set NEO4J_URI and MONGODB_URI, pass --data-dir, or use 'serve --seed'");
        try (ApplicationContext context = ApplicationContexts.start(properties)) {
            SeedReport report = RunningService.seed(context, spec);
            System.out.println(report.summary());
            Neo4jFleetGraphStore graph = new Neo4jFleetGraphStore(context.getBean(StoreConnections.class).neo4j());
            for (String tenant : spec.tenantNames()) {
                FleetCounts counts = graph.count(tenant);
                System.out.println("  " + tenant + ": " + counts.nodes() + " " + counts.relationships());
            }
        }
        return 0;
    }
}
