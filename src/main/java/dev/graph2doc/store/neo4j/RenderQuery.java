package dev.graph2doc.store.neo4j;

import static dev.graph2doc.store.neo4j.CypherNames.escape;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one Cypher projection per collection: the root's properties plus every mapped neighbourhood, each
 * neighbour list gathered by a {@code COLLECT} subquery in target-key order — one round trip per page of
 * roots, never one per node. Every node pattern comes from the tenant's {@link TenantCypher}; names from the
 * mapping, escaped; values are parameters.
 */
final class RenderQuery {

    static final String VERSION_PROPERTY = "_g2dVersion";

    /** Each root's write lock, in key order, before it is read: see {@link NodeLock}. Every write to a document bumps
     * its root's version, so it holds this lock. */
    static final String LOCK = "CALL (n) { " + NodeLock.on("n") + " } ";

    private final Mapping mapping;
    private final CollectionMapping collection;
    private final TenantCypher cypher;

    RenderQuery(Mapping mapping, CollectionMapping collection, TenantCypher cypher) {
        this.mapping = mapping;
        this.collection = collection;
        this.cypher = cypher;
    }

    TenantCypher.Query range(Object after, Object upTo, int limit) {
        return cypher.query(match(bounds(after, upTo)) + " WITH n ORDER BY " + key() + " LIMIT $limit " + projection(),
                params("after", after, "upTo", upTo, "limit", limit));
    }

    /** Filter fields in the given order, each with the values it accepts. */
    TenantCypher.Query page(Map<String, ? extends List<?>> filter, Object after, int limit) {
        String k = key();
        List<String> where = new ArrayList<>(List.of(after != null ? k + " > $after" : k + " IS NOT NULL"));
        Map<String, Object> params = params("after", after, "limit", limit);
        int i = 0;
        for (var field : filter.entrySet()) {
            where.add("n." + escape(field.getKey()) + " IN $f" + i);
            params.put("f" + i++, field.getValue());
        }
        return cypher.query(match(where) + " WITH n ORDER BY " + k + " LIMIT $limit " + projection(), params);
    }

    TenantCypher.Query keys(List<?> keys) {
        return keys(keys, false);
    }

    TenantCypher.Query keys(List<?> keys, boolean locked) {
        return cypher.query(match(List.of(key() + " IN $keys")) + " WITH n ORDER BY " + key() + " "
                + (locked ? LOCK : "") + projection(), params("keys", keys));
    }

    TenantCypher.Query count() {
        return cypher.query(match(List.of(key() + " IS NOT NULL")) + " RETURN count(n) AS count");
    }

    /** Roots with {@code after < key <= upTo}; a null bound is open. */
    TenantCypher.Query countRange(Object after, Object upTo) {
        return cypher.query(match(bounds(after, upTo)) + " RETURN count(n) AS count", params("after", after, "upTo", upTo));
    }

    TenantCypher.Query keysOnly() {
        return cypher.query(match(List.of(key() + " IS NOT NULL")) + " RETURN " + key() + " AS key ORDER BY key");
    }

    /** The keys of a range, unordered; with both bounds null every key, whatever its type. */
    TenantCypher.Query keysIn(Object after, Object upTo) {
        return cypher.query(match(bounds(after, upTo)) + " RETURN " + key() + " AS key", params("after", after, "upTo", upTo));
    }

    private List<String> bounds(Object after, Object upTo) {
        String k = key();
        List<String> where = new ArrayList<>(List.of(after != null ? k + " > $after" : k + " IS NOT NULL"));
        if (upTo != null) {
            where.add(k + " <= $upTo");
        }
        return where;
    }

    /** {@code MATCH (n:Root {tenant}) WHERE ...}: the roots of this collection in the tenant. */
    String match(List<String> where) {
        return "MATCH " + cypher.node("n", collection.root()) + " WHERE " + String.join(" AND ", where);
    }

    /**
     * Reads the root's version first and again, past Neo4j's per-query property cache, after everything else: under
     * read committed a write committing in between would otherwise pair one version with another write's body.
     */
    private String projection() {
        StringBuilder out = new StringBuilder("WITH n, n.").append(escape(VERSION_PROPERTY)).append(" AS version WITH n, ")
                .append("version, ").append(nodeFields("n", collection.fields())).append(" AS props");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < collection.embeds().size(); i++) {
            out.append(", ").append(embed(collection.embeds().get(i))).append(" AS e").append(i);
            names.append(", e").append(i);
        }
        for (int i = 0; i < collection.references().size(); i++) {
            out.append(", ").append(reference(collection.references().get(i))).append(" AS r").append(i);
            names.append(", r").append(i);
        }
        return out.append(" CALL (n) { OPTIONAL MATCH ").append(cypher.node("same", collection.root()))
                .append(" WHERE elementId(same) = elementId(n) RETURN same.")
                .append(escape(VERSION_PROPERTY)).append(" AS versionAfter } RETURN ").append(key())
                .append(" AS key, version, props").append(names).append(", versionAfter").toString();
    }

    private String embed(Embed e) {
        String item = "[" + nodeFields("m", e.fields()) + ", " + relFields(e.relFields()) + "]";
        return "COLLECT { MATCH " + pattern(e.direction(), e.rel(), e.target()) + " RETURN " + item
                + " AS x ORDER BY " + targetKey(e.target()) + ", elementId(r) }";
    }

    private String reference(Reference ref) {
        String key = targetKey(ref.target());
        return "COLLECT { MATCH " + pattern(ref.direction(), ref.rel(), ref.target()) + " WHERE " + key
                + " IS NOT NULL RETURN DISTINCT " + key + " AS x ORDER BY x }";
    }

    /** {@code (n)-[r:REL]->(m:Target {tenant})}: a root's neighbours, inside the tenant. */
    String pattern(Direction direction, String rel, String target) {
        return "(n)" + cypher.relationship("r", rel, direction == Direction.OUT) + cypher.node("m", target);
    }

    String targetKey(String target) {
        return mapping.rootedAt(target).map(c -> "m." + escape(c.key())).orElse("elementId(m)");
    }

    String key() {
        return "n." + escape(collection.key());
    }

    private static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private static String nodeFields(String var, Fields fields) {
        if (fields.all()) {
            return "properties(" + var + ")";
        }
        if (fields.names().isEmpty()) {
            return "{}";
        }
        return var + " {" + String.join(", ", fields.names().stream().map(f -> "." + escape(f)).toList()) + "}";
    }

    private static String relFields(Fields fields) {
        return fields.all() ? "properties(r)" : nodeFields("r", fields);
    }
}
