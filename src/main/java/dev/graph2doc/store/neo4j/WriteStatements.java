package dev.graph2doc.store.neo4j;

import static dev.graph2doc.store.neo4j.CypherNames.escape;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.neo4j.TenantCypher.Query;
import dev.graph2doc.write.Touch;

/**
 * The Cypher of the write path for one tenant, every node pattern from its {@link TenantCypher}. Labels, types
 * and property names come from the mapping (the data API only accepts mapped names) and are escaped; keys,
 * tenants and values are always parameters.
 */
final class WriteStatements {

    static final String VERSION = RenderQuery.VERSION_PROPERTY;
    static final String TOMBSTONE = "_G2dTombstone";
    static final String OUTBOX = "_G2dOutbox";

    private final Mapping mapping;
    private final TenantCypher cypher;

    WriteStatements(Mapping mapping, TenantCypher cypher) {
        this.mapping = mapping;
        this.cypher = cypher;
    }

    /** A mapped node by key, with the tenant predicate: a node is only ever found inside the request's tenant. */
    private String node(String var, String label, String keyValue) {
        return cypher.node(var, label, keyOf(label), keyValue);
    }

    Query upsert(String label) {
        return cypher.query("MERGE " + node("n", label, "$key") + " SET n += $properties RETURN n." + escape(VERSION)
                + " AS version");
    }

    Query exists(String label) {
        return cypher.query("OPTIONAL MATCH " + node("n", label, "$key") + " RETURN n IS NOT NULL AS found, n."
                + escape(VERSION) + " AS version");
    }

    /**
     * Locks the node with the key, then reads the version of the node holding the key now: {@code same} is false when
     * the node locked was deleted by a transaction that committed while this one waited for its lock. No row: none.
     */
    Query lockForDelete(String label) {
        return cypher.query("MATCH " + node("n", label, "$key") + " " + NodeLock.on("n") + " WITH n OPTIONAL MATCH "
                + node("m", label, "$key") + " RETURN elementId(n) = elementId(m) AS same, m." + escape(VERSION)
                + " AS version");
    }

    Query delete(String label) {
        return cypher.query("MATCH " + node("n", label, "$key") + " DETACH DELETE n");
    }

    Query link(String type, String fromLabel, String toLabel) {
        return cypher.query("MATCH " + node("a", fromLabel, "$from") + " MATCH " + node("b", toLabel, "$to")
                + " MERGE (a)" + cypher.relationship("r", type, true) + "(b) SET r += $properties RETURN count(r) AS linked");
    }

    Query unlink(String type, String fromLabel, String toLabel) {
        return cypher.query("MATCH " + node("a", fromLabel, "$from") + cypher.relationship("r", type, true)
                + node("b", toLabel, "$to") + " DELETE r");
    }

    /** The keys of the roots that show {@code touch.node()} through the touch's field. */
    Query neighbours(Touch.Neighbours touch) {
        CollectionMapping c = touch.collection();
        String path = cypher.node("m", c.root()) + cypher.relationship("", touch.rel(), touch.direction() == Direction.OUT)
                + "(n)";
        return cypher.query("MATCH " + node("n", touch.node().label(), "$key") + " MATCH " + path + " WHERE m."
                + escape(c.key()) + " IS NOT NULL RETURN DISTINCT m." + escape(c.key()) + " AS key");
    }

    /**
     * Next version of each live root: one past its own, or past the tombstone a deleted predecessor left. With
     * {@code capture} the same statement records each in the outbox ({@code $collection}, {@code $at}) as a new
     * entry: a forked write pays no extra round trip for it.
     */
    Query bumpVersions(CollectionMapping c, boolean capture) {
        String bump = "UNWIND $keys AS k MATCH " + node("n", c.root(), "k")
                + " OPTIONAL MATCH " + cypher.bookkeeping("t", TOMBSTONE, "label", "$label", "key", "k")
                + " WITH n, t, k SET n." + escape(VERSION) + " = coalesce(n." + escape(VERSION) + ", t.version, 0) + 1"
                + " WITH n, t, k DETACH DELETE t";
        String record = !capture ? "" : " WITH n, k CREATE " + cypher.bookkeeping("o", OUTBOX, "collection", "$collection",
                "key", "k") + " SET o.at = $at, o.version = n." + escape(VERSION);
        return cypher.query(bump + record + " RETURN k AS key, n." + escape(VERSION) + " AS version");
    }

    Query tombstones() {
        return cypher.query("UNWIND $rows AS row MERGE " + cypher.bookkeeping("t", TOMBSTONE, "label", "$label", "key",
                "row.key") + " SET t.version = row.version");
    }

    /** One new outbox entry per deleted document (entries are never updated: see {@link Neo4jWriteOutbox}). */
    Query capture() {
        return cypher.query("UNWIND $rows AS row CREATE " + cypher.bookkeeping("o", OUTBOX, "collection",
                "row.collection", "key", "row.key") + " SET o.at = $at, o.version = row.version");
    }

    String keyOf(String label) {
        return rootOf(label).key();
    }

    java.util.Optional<CollectionMapping> rootedAt(String label) {
        return mapping.rootedAt(label);
    }

    CollectionMapping rootOf(String label) {
        return mapping.rootedAt(label).orElseThrow(() -> new IllegalArgumentException(
                "label '" + label + "' is not the root of any collection in " + mapping.source()));
    }
}
