package dev.graph2doc.cli;

import dev.graph2doc.dataset.DatasetLoader;
import dev.graph2doc.dataset.DatasetRefusedException;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.StoreSettings;
import dev.graph2doc.store.neo4j.Neo4jGraphCensus;
import dev.graph2doc.wiring.StoreConnections;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@code serve} puts into Neo4j before the mapping is checked and the port opens: nothing (the graph as it
 * is), the demo fleet ({@code --seed}), or a Cypher file ({@code --dataset}), whose tenants then come from its data.
 */
sealed interface StartingGraph {

    DatasetLoader LOADER = new DatasetLoader("Nothing was served", "run serve again");

    static StartingGraph of(Optional<FleetSpec> seed) {
        return seed.<StartingGraph>map(Fleet::new).orElse(new AsItIs());
    }

    /** Writes the graph into the stores, saying what it wrote. */
    void put(ApplicationContext context, Consumer<String> out);

    /** Once the mapping is loaded: refuses a graph that gives nothing to serve, says where the tenants came from. */
    default void check(ApplicationContext context, Mapping mapping, Consumer<String> out) {
    }

    /** The tenants seeded, which the graph may not show yet; empty for the others. */
    default Optional<FleetSpec> seeded() {
        return Optional.empty();
    }

    record AsItIs() implements StartingGraph {
        @Override
        public void put(ApplicationContext context, Consumer<String> out) {
        }
    }

    record Fleet(FleetSpec spec) implements StartingGraph {
        @Override
        public void put(ApplicationContext context, Consumer<String> out) {
            out.accept(RunningService.seed(context, spec).summary());
        }

        @Override
        public Optional<FleetSpec> seeded() {
            return Optional.of(spec);
        }
    }

    record Dataset(Path file) implements StartingGraph {
        @Override
        public void put(ApplicationContext context, Consumer<String> out) {
            StoreConnections stores = context.getBean(StoreConnections.class);
            requireEmpty(context, stores);
            try {
                out.accept(LOADER.loadCounted(stores.neo4j(), file).summary());
            } catch (DatasetRefusedException e) {
                throw new ServiceStartupException(e.getMessage(), e); // serve: a failed start (exit 1), not a bad option
            } catch (IOException e) {
                throw new ServiceStartupException("--dataset = '" + file + "' cannot be read (" + e.getMessage()
                        + "): give a readable Cypher file. Nothing was served", e);
            }
        }

        /** A --data-dir that already holds a graph would get the file twice. */
        private void requireEmpty(ApplicationContext context, StoreConnections stores) {
            long nodes = new Neo4jGraphCensus(stores.neo4j()).count().nodes();
            if (nodes > 0) {
                throw new ServiceStartupException("--dataset = '" + file + "': the embedded Neo4j in --data-dir '"
                        + context.getBean(StoreSettings.class).dataPath() + "' already holds " + nodes + " nodes, and"
                        + " loading the file again would add them twice: serve without --dataset to serve what it"
                        + " holds, or give an empty --data-dir.", null);
            }
        }

        @Override
        public void check(ApplicationContext context, Mapping mapping, Consumer<String> out) {
            List<String> tenants = context.getBean(GraphStore.class).tenants();
            if (tenants.isEmpty()) {
                throw new ServiceStartupException("--dataset = '" + file + "' holds no tenant: no root node of "
                        + mapping.source() + " carries its tenant property '" + mapping.tenancy().property()
                        + "': give the mapping that fits the file (--mapping), or add the property to the file's nodes.", null);
            }
            out.accept("tenants: " + String.join(", ", tenants) + (mapping.tenancy().isFixed()
                    ? " (the mapping's fixed tenant)" : " (the dataset's " + mapping.tenancy().property() + " values)"));
        }
    }
}
