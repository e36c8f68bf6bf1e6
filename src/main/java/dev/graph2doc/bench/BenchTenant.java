package dev.graph2doc.bench;

import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.wiring.StoreConnections;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Locale;

/** The one tenant a benchmark seeds: never one that exists already, removed at the end on stores that outlive us. */
final class BenchTenant {

    private BenchTenant() {
    }

    static void requireAbsent(StoreConnections stores, Neo4jFleetGraphStore fleet, Mapping mapping, String tenant,
                              String bench) {
        if (fleet.hasTenant(tenant)) {
            throw new IllegalArgumentException("the graph already holds tenant '" + tenant + "', which " + bench
                    + " seeds and removes: point it at stores without that tenant (or at embedded stores)");
        }
        String database = mapping.target().databaseFor(tenant);
        if (stores.mongo().listDatabaseNames().into(new ArrayList<>()).contains(database)) {
            throw new IllegalArgumentException("MongoDB already has database '" + database + "', which " + bench
                    + " writes into and drops: point it at stores without it (or at embedded stores)");
        }
    }

    static void remove(StoreConnections stores, Neo4jFleetGraphStore fleet, Mapping mapping, String tenant) {
        stores.mongo().getDatabase(mapping.target().databaseFor(tenant)).drop();
        fleet.deleteTenant(tenant);
    }

    static String machine() {
        return String.format(Locale.ROOT, "machine: %d processors, max heap %d MB, load average (1 min) %.1f at the end",
                Runtime.getRuntime().availableProcessors(), HeapSampler.maxHeapBytes() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
