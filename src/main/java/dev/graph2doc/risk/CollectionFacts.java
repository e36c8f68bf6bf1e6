package dev.graph2doc.risk;

import dev.graph2doc.store.GraphSchema.DuplicateKey;
import java.util.List;

/**
 * What the live graph says about one collection, over all tenants: how many roots, how far each fan-out
 * field reaches, the largest document, key problems, and how many indexes MongoDB will keep for it
 * (declared ones plus {@code _id}).
 */
public record CollectionFacts(String name, String root, String key, long roots, List<FanOut> fanOut,
                              LargestDocument largestDocument, List<DuplicateKey> duplicateKeys, long nodesWithoutKey,
                              int indexes) {

    public CollectionFacts {
        fanOut = List.copyOf(fanOut);
        duplicateKeys = List.copyOf(duplicateKeys);
    }

    /**
     * One array embed ({@code kind} "embed") or reference list ("reference"): items per root, max and 99th
     * percentile (the highest tenant's), and the tenant of the max.
     */
    public record FanOut(String field, String kind, String target, long max, long p99, String maxTenant) {
    }

    /** The largest document found: measured when rendered, {@code estimated} when too large to render. */
    public record LargestDocument(String tenant, Object key, long bytes, boolean estimated) {
    }
}
