package dev.graph2doc.write;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One graph change, checked against the mapping before it reaches a store. Property values are canonical
 * document values ({@code String, Boolean, Long, Double}, or a list of one of those); a {@code null} value
 * removes the property. Every node is addressed inside the request's tenant: there is no way to name another.
 */
public sealed interface Mutation {

    /** Creates the node if absent, then merges {@code properties} into it. */
    record UpsertNode(NodeRef node, Map<String, Object> properties) implements Mutation {
        public UpsertNode {
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    /** Deletes the node and every relationship it has. Deleting an absent node changes nothing. */
    record DeleteNode(NodeRef node) implements Mutation {
    }

    /** Creates the relationship {@code (from)-[type]->(to)} if absent (at most one per type and pair), then merges its properties. */
    record Link(String type, NodeRef from, NodeRef to, Map<String, Object> properties) implements Mutation {
        public Link {
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    /** Removes the relationship {@code (from)-[type]->(to)}; removing an absent one changes nothing. */
    record Unlink(String type, NodeRef from, NodeRef to) implements Mutation {
    }
}
