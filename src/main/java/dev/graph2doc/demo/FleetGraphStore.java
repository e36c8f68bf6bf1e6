package dev.graph2doc.demo;

import java.util.List;

/** Where a fleet graph is written: the primary (graph) store. Each call is one transaction. */
public interface FleetGraphStore {

    /** Creates the lookup indexes the batched writes rely on; idempotent. */
    void prepare();

    boolean hasTenant(String tenant);

    void createCustomer(SeedNode customer);

    void createSites(String tenant, List<SeedNode> sites);

    void createBins(String tenant, List<SeedBin> bins);

    void createDevices(String tenant, List<SeedDevice> devices);

    /** What the store holds for one tenant, counted independently of what was written. */
    FleetCounts count(String tenant);
}
