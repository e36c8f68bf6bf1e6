package dev.graph2doc.store.neo4j;

import static dev.graph2doc.store.neo4j.CypherNames.escape;

import dev.graph2doc.store.GraphCensus;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Counts the whole graph, across tenants, from Neo4j's count store (one label or type per query, no scan): what a
 * command prints after loading a dataset.
 */
public final class Neo4jGraphCensus {

    private final Driver driver;

    public Neo4jGraphCensus(Driver driver) {
        this.driver = driver;
    }

    public GraphCensus count() {
        try (Session session = driver.session()) {
            long nodes = single(session, "MATCH (n) RETURN count(n)");
            long relationships = single(session, "MATCH ()-[r]->() RETURN count(r)");
            SortedMap<String, Long> labels = new TreeMap<>();
            for (String label : names(session, "CALL db.labels() YIELD label RETURN label")) {
                labels.put(label, single(session, "MATCH (n:" + escape(label) + ") RETURN count(n)"));
            }
            SortedMap<String, Long> types = new TreeMap<>();
            for (String type : names(session, "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")) {
                types.put(type, single(session, "MATCH ()-[r:" + escape(type) + "]->() RETURN count(r)"));
            }
            labels.values().removeIf(c -> c == 0); // a label whose nodes are all deleted stays in db.labels()
            types.values().removeIf(c -> c == 0);
            return new GraphCensus(nodes, labels, relationships, types);
        }
    }

    /** Counts of every tenant's nodes at once: what was loaded, printed for the operator. */
    private static long single(Session session, String query) {
        return CrossTenantQuery.acrossTenants(query, Map.of()).run(session).single().get(0).asLong();
    }

    private static List<String> names(Session session, String query) {
        return CrossTenantQuery.schema(query).run(session).list(r -> r.get(0).asString());
    }
}
