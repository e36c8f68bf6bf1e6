package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the chaos walk's repairing verifications found and repaired, per tenant: reported beside the corruptions, so
 * that a repair that fixed more than the nemesis corrupted (a write lost on the way to MongoDB, healed from Neo4j by
 * the operator's repair rather than by graph2doc) shows.
 */
final class RepairTally {

    /** Totals of the repairing verifications of one tenant. */
    record Totals(long runs, long mismatched, long missing, long repaired) {
    }

    private final Map<String, Totals> tenants = new TreeMap<>();

    synchronized void add(String tenant, JsonNode totals) {
        Totals before = tenants.getOrDefault(tenant, new Totals(0, 0, 0, 0));
        tenants.put(tenant, new Totals(before.runs() + 1, before.mismatched() + totals.path("mismatched").asLong(),
                before.missing() + totals.path("missing").asLong(), before.repaired() + totals.path("repaired").asLong()));
    }

    synchronized Map<String, Totals> byTenant() {
        return Map.copyOf(tenants);
    }
}
