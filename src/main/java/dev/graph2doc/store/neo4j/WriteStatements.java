package dev.graph2doc.store.neo4j;

import static dev.graph2doc.store.neo4j.CypherNames.escape;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.write.Touch;

/**
 * The Cypher of the write path. Labels, types and property names come from the mapping (the data API
 * only accepts mapped names) and are escaped; keys, tenants and values are always parameters.
 */
final class WriteStatements {

    static final String VERSION = RenderQuery.VERSION_PROPERTY;
    static final String TOMBSTONE = "_G2dTombstone";
    static final String OUTBOX = "_G2dOutbox";

    private final Mapping mapping;

    WriteStatements(Mapping mapping) {
        this.mapping = mapping;
    }

    /** {@code (var:Label {key: <keyValue>, tenant: $tenant})}: a node is only ever found inside the request's tenant. */
    String node(String var, String label, String keyValue) {
        String key = escape(keyOf(label)) + ": " + keyValue;
        String tenant = mapping.tenancy().isFixed() ? "" : ", " + escape(mapping.tenancy().property()) + ": $tenant";
        return "(" + var + ":" + escape(label) + " {" + key + tenant + "})";
    }

    String upsert(String label) {
        return "MERGE " + node("n", label, "$key") + " SET n += $properties RETURN n." + escape(VERSION) + " AS version";
    }

    String exists(String label) {
        return "OPTIONAL MATCH " + node("n", label, "$key") + " RETURN n IS NOT NULL AS found, n." + escape(VERSION)
                + " AS version";
    }

    String delete(String label) {
        return "MATCH " + node("n", label, "$key") + " DETACH DELETE n";
    }

    String link(String type, String fromLabel, String toLabel) {
        return "MATCH " + node("a", fromLabel, "$from") + " MATCH " + node("b", toLabel, "$to") + " MERGE (a)-[r:"
                + escape(type) + "]->(b) SET r += $properties RETURN count(r) AS linked";
    }

    String unlink(String type, String fromLabel, String toLabel) {
        return "MATCH " + node("a", fromLabel, "$from") + "-[r:" + escape(type) + "]->" + node("b", toLabel, "$to")
                + " DELETE r";
    }

    /** The keys of the roots that show {@code touch.node()} through the touch's field. */
    String neighbours(Touch.Neighbours touch) {
        CollectionMapping c = touch.collection();
        String r = "[:" + escape(touch.rel()) + "]";
        String path = touch.direction() == Direction.OUT ? "(m)-" + r + "->(n)" : "(m)<-" + r + "-(n)";
        String tenant = mapping.tenancy().isFixed() ? "" : " AND m." + escape(mapping.tenancy().property()) + " = $tenant";
        return "MATCH " + node("n", touch.node().label(), "$key") + " MATCH " + path + " WHERE m:" + escape(c.root())
                + " AND m." + escape(c.key()) + " IS NOT NULL" + tenant + " RETURN DISTINCT m." + escape(c.key()) + " AS key";
    }

    /** Next version of each live root: one past its own, or past the tombstone a deleted predecessor left. */
    String bumpVersions(CollectionMapping c) {
        return "UNWIND $keys AS k MATCH " + node("n", c.root(), "k")
                + " OPTIONAL MATCH (t:" + TOMBSTONE + " {tenant: $tenant, label: $label, key: k})"
                + " WITH n, t, k SET n." + escape(VERSION) + " = coalesce(n." + escape(VERSION) + ", t.version, 0) + 1"
                + " WITH n, t, k DETACH DELETE t RETURN k AS key, n." + escape(VERSION) + " AS version";
    }

    String tombstones() {
        return "UNWIND $rows AS row MERGE (t:" + TOMBSTONE + " {tenant: $tenant, label: $label, key: row.key})"
                + " SET t.version = row.version";
    }

    String capture() {
        return "UNWIND $rows AS row MERGE (o:" + OUTBOX + " {tenant: $tenant, collection: row.collection, key: row.key})"
                + " ON CREATE SET o.at = $at SET o.version = row.version";
    }

    String keyOf(String label) {
        return rootOf(label).key();
    }

    CollectionMapping rootOf(String label) {
        return mapping.rootedAt(label).orElseThrow(() -> new IllegalArgumentException(
                "label '" + label + "' is not the root of any collection in " + mapping.source()));
    }
}
