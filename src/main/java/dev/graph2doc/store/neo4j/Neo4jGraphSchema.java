package dev.graph2doc.store.neo4j;

import static dev.graph2doc.store.neo4j.CypherNames.escape;

import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.GraphSchema;
import dev.graph2doc.mapping.Tenancy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * What a Neo4j database holds, read through its procedures. Every call asks the server again: a mapping is
 * checked once at load, and a stale answer would hide the very problem it is checked for.
 */
public final class Neo4jGraphSchema implements GraphSchema {

    private final Driver driver;
    private final Neo4jNodeShapes shapes;

    public Neo4jGraphSchema(Driver driver) {
        this.driver = driver;
        this.shapes = new Neo4jNodeShapes(driver);
    }

    @Override
    public boolean isEmpty() {
        try (Session session = driver.session()) {
            return !session.run("MATCH (n) RETURN n LIMIT 1").hasNext();
        }
    }

    @Override
    public Set<String> labels() {
        return names("CALL db.labels() YIELD label RETURN label");
    }

    @Override
    public Set<String> relationshipTypes() {
        return names("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType");
    }

    @Override
    public Set<String> propertyKeys() {
        return names("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey");
    }

    @Override
    public List<DuplicateKey> duplicateKeys(String label, String keyProperty, Tenancy tenancy, int limit) {
        String key = "n." + escape(keyProperty);
        // A fixed tenancy puts every node in the one tenant, so the key must be unique across the label.
        String tenant = tenancy.isFixed() ? "null" : "n." + escape(tenancy.property());
        String query = "MATCH (n:" + escape(label) + ") WHERE " + key + " IS NOT NULL "
                + "WITH " + tenant + " AS t, " + key + " AS k, count(*) AS c WHERE c > 1 "
                + "RETURN t, k, c ORDER BY c DESC LIMIT $limit";
        try (Session session = driver.session()) {
            return session.run(query, Map.of("limit", (long) limit)).list(Neo4jGraphSchema::duplicate);
        }
    }

    @Override
    public long nodesWithoutKey(String label, String keyProperty) {
        String query = "MATCH (n:" + escape(label) + ") WHERE n." + escape(keyProperty) + " IS NULL RETURN count(n)";
        try (Session session = driver.session()) {
            return session.run(query).single().get(0).asLong();
        }
    }

    @Override
    public Set<String> propertyKeys(String label) {
        return shapes.propertyKeys(label);
    }

    @Override
    public List<KeyType> keyTypes(String label, String keyProperty) {
        return shapes.propertyTypes(label, List.of(keyProperty), true).get(keyProperty);
    }

    @Override
    public Map<String, List<KeyType>> propertyTypes(String label, List<String> properties) {
        return shapes.propertyTypes(label, properties, false);
    }

    @Override
    public List<LabelSet> labelCombinations(String label) {
        return shapes.labelCombinations(label);
    }

    @Override
    public PatternCounts patternCounts(String root, String rel, Direction direction, String target) {
        return shapes.patternCounts(root, rel, direction, target);
    }

    private static DuplicateKey duplicate(Record row) {
        Value tenant = row.get("t");
        return new DuplicateKey(tenant.isNull() ? null : String.valueOf(tenant.asObject()), row.get("k").asObject(),
                row.get("c").asLong());
    }

    private Set<String> names(String query) {
        try (Session session = driver.session()) {
            return new TreeSet<>(session.run(query).list(row -> row.get(0).asString()));
        }
    }
}
