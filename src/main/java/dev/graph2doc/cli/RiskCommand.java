package dev.graph2doc.cli;

import dev.graph2doc.mapping.GraphSchema;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.risk.KeyBlindSchema;
import dev.graph2doc.risk.RiskLimits;
import dev.graph2doc.risk.RiskReport;
import dev.graph2doc.risk.RiskReporter;
import dev.graph2doc.store.mongo.BsonSizes;
import dev.graph2doc.store.neo4j.Neo4jGraphStatistics;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.wiring.StoreConnections;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "risk", mixinStandardHelpOptions = true,
        description = {"Reports what could go wrong migrating the graph with a mapping.",
                "Per collection: the root count, the longest embedded arrays (max, p99), the largest document against "
                        + "MongoDB's 16 MiB limit, duplicated, missing and mixed-type keys, embeds and references "
                        + "declared the wrong way round, labels on several kinds of node, fields of mixed types, the "
                        + "documents one change of an embedded node rewrites, and the WiredTiger files the layout needs "
                        + "(every index graph2doc creates). Thresholds: graph2doc.risk.*.",
                "Needs stores that hold the graph: NEO4J_URI and MONGODB_URI, or --data-dir."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no danger found (warnings may be)", "1:the stores or the mapping cannot be used",
                "2:bad options or graph2doc.risk.* settings", "3:at least one danger finding: fix it before migrating"})
final class RiskCommand implements Callable<Integer> {

    static final int DANGER = 3;

    @Option(names = "--data-dir", description = "Look at persistent embedded stores kept in this folder.")
    Path dataDir;

    @Option(names = "--mapping", description = "The mapping to judge. Default: graph2doc.mapping (GRAPH2DOC_MAPPING), "
            + "else migrations/fleet.yaml.")
    Path mapping;

    @Override
    public Integer call() {
        Map<String, Object> properties = new HashMap<>();
        if (dataDir != null) {
            properties.put("graph2doc.embedded.data-dir", dataDir.toString());
        }
        ApplicationContexts.requirePersistentStores(properties, "risk would look at new in-memory embedded stores,"
                + " which hold no graph: set NEO4J_URI and MONGODB_URI, or pass --data-dir");
        try (ApplicationContext context = ApplicationContexts.start(properties)) {
            RiskReport report = reporter(context).report();
            System.out.print(RiskTable.render(report));
            return report.hasDanger() ? DANGER : 0;
        }
    }

    /** Duplicated and missing keys are findings here, not reasons to refuse the mapping as {@code serve} does. */
    private RiskReporter reporter(ApplicationContext context) {
        Path file = mapping != null ? mapping
                : Path.of(context.getProperty("graph2doc.mapping", String.class).orElse("migrations/fleet.yaml"));
        GraphSchema schema = context.getBean(GraphSchema.class);
        Mapping loaded = MappingLoader.load(file, new KeyBlindSchema(schema));
        Driver neo4j = context.getBean(StoreConnections.class).neo4j();
        return new RiskReporter(loaded, new Neo4jGraphStore(neo4j, loaded), new Neo4jGraphStatistics(neo4j, loaded),
                schema, new BsonSizes(), limits(context));
    }

    private static RiskLimits limits(ApplicationContext context) {
        try {
            return context.getBean(RiskLimits.class);
        } catch (BeanInstantiationException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IllegalArgumentException bad) {
                    throw bad;
                }
            }
            throw e;
        }
    }
}
