package dev.graph2doc.store;

import dev.graph2doc.mapping.Tenancy;
import java.util.List;
import java.util.Set;

/** What the live graph holds, as far as checking a mapping against it needs. */
public interface GraphSchema {

    /** True when the graph has no nodes: a new application, whose labels cannot be checked yet. */
    boolean isEmpty();

    Set<String> labels();

    Set<String> relationshipTypes();

    Set<String> propertyKeys();

    /**
     * Up to {@code limit} keys that more than one {@code label} node of the same tenant carries, each with
     * its tenant and count.
     */
    List<DuplicateKey> duplicateKeys(String label, String keyProperty, Tenancy tenancy, int limit);

    /** How many {@code label} nodes lack {@code keyProperty}. */
    long nodesWithoutKey(String label, String keyProperty);

    record DuplicateKey(String tenant, Object key, long count) {
    }
}
