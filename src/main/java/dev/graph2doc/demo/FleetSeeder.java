package dev.graph2doc.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a generated fleet graph into the graph store in batched transactions. A tenant that already has
 * a customer node is left as it is, so seeding a persistent store twice does not duplicate anything.
 */
public final class FleetSeeder {

    static final int NODES_PER_TRANSACTION = 10_000;

    private final FleetGraphStore store;
    private final Clock clock;

    public FleetSeeder(FleetGraphStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public SeedReport seed(FleetSpec spec, Consumer<String> progress) {
        Instant start = clock.instant();
        FleetGenerator generator = new FleetGenerator(spec);
        store.prepare();
        List<String> seeded = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int t = 0; t < spec.tenants(); t++) {
            String tenant = generator.tenant(t);
            if (store.hasTenant(tenant)) {
                skipped.add(tenant);
                progress.accept("tenant " + tenant + " already exists; left as it is");
                continue;
            }
            seedTenant(generator, t);
            seeded.add(tenant);
            progress.accept("tenant " + tenant + " seeded");
        }
        long perTenant = spec.expectedCounts().totalNodes() / spec.tenants();
        return new SeedReport(seeded, skipped, perTenant * seeded.size(), Duration.between(start, clock.instant()));
    }

    private void seedTenant(FleetGenerator generator, int t) {
        String tenant = generator.tenant(t);
        FleetSpec spec = generator.spec();
        store.createCustomer(generator.customer(t));
        store.createSites(tenant, generator.sites(t));
        for (int from = 0; from < spec.binsPerTenant(); from += NODES_PER_TRANSACTION) {
            store.createBins(tenant, generator.bins(t, from, Math.min(spec.binsPerTenant(), from + NODES_PER_TRANSACTION)));
        }
        int devicesPerBatch = Math.max(1, NODES_PER_TRANSACTION / (1 + spec.readingsPerDevice()));
        for (int from = 0; from < spec.devicesPerTenant(); from += devicesPerBatch) {
            int to = Math.min(spec.devicesPerTenant(), from + devicesPerBatch);
            store.createDevices(tenant, generator.devices(t, from, to));
        }
    }
}
