package dev.graph2doc.rehearse;

import dev.graph2doc.dataset.DatasetLoader;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import java.time.Clock;
import java.util.List;
import org.neo4j.driver.Driver;

/**
 * The graph a rehearsal migrates, put into Neo4j: the demo fleet graph seeded, or the {@code --dataset} loaded; its
 * tenants (the fleet's, the mapping's fixed one, or the first {@code --tenants} the dataset holds); and the load that
 * fits it: the fleet's own clients, or requests derived from the mapping.
 */
final class RehearsalGraph {

    static final int READINGS_PER_DEVICE = 3;
    static final DatasetLoader LOADER = new DatasetLoader("No graph2doc instance was started", "rehearse again");

    private final RehearsalOptions options;
    private final Mapping mapping;
    private final GraphStore graph;
    private final List<String> tenants;

    private RehearsalGraph(RehearsalOptions options, Mapping mapping, GraphStore graph, List<String> tenants) {
        this.options = options;
        this.mapping = mapping;
        this.graph = graph;
        this.tenants = tenants;
    }

    static RehearsalGraph prepare(RehearsalOptions options, Mapping mapping, Driver neo4j, Events events) throws Exception {
        GraphStore graph = new Neo4jGraphStore(neo4j, mapping);
        if (options.graph().dataset() == null) {
            FleetSpec spec = new FleetSpec(options.tenants(), options.devices(), READINGS_PER_DEVICE, options.randomSeed());
            events.add(Events.Kind.INFO, null, new FleetSeeder(new Neo4jFleetGraphStore(neo4j), Clock.systemUTC())
                    .seed(spec, m -> { }).summary());
            return new RehearsalGraph(options, mapping, graph, spec.tenantNames());
        }
        int statements = LOADER.load(neo4j, options.graph().dataset());
        List<String> held = graph.tenants();
        if (held.isEmpty()) {
            throw new IllegalStateException("the dataset " + options.graph().dataset() + " holds no tenant: no root node of "
                    + options.mapping() + " carries its tenant property");
        }
        List<String> tenants = held.subList(0, Math.min(options.tenants(), held.size()));
        events.add(Events.Kind.INFO, null, "dataset " + options.graph().dataset() + " loaded (" + statements
                + " statements): " + held.size() + " tenant(s) " + held + ", rehearsing " + tenants
                + (mapping.tenancy().isFixed() ? " (a single-tenant mapping)" : ""));
        return new RehearsalGraph(options, mapping, graph, List.copyOf(tenants));
    }

    List<String> tenants() {
        return tenants;
    }

    /** Root documents of the tenant across the mapping's collections: what its copy has to write. */
    long documents(String tenant) {
        return mapping.collections().stream().mapToLong((CollectionMapping c) -> graph.countRoots(c, tenant)).sum();
    }

    /** The fleet's clients when neither --mapping nor --dataset was given; else the load read off the mapping. */
    Workload workload(Traffic traffic, Ledger ledger) {
        if (!options.graph().mappedLoad()) {
            return new FleetWorkload(traffic, ledger, options.devices());
        }
        return new MappedWorkload(traffic, ledger, mapping, GraphSample.read(graph, mapping, tenants));
    }

    /** What the report says about the graph. */
    String describe() {
        return options.graph().dataset() == null
                ? tenants.size() + " tenant(s) × " + options.devices() + " devices (" + READINGS_PER_DEVICE + " readings each seeded)"
                : "dataset " + options.graph().dataset().getFileName() + ", tenant(s) " + tenants;
    }
}
