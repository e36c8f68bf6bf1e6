package dev.graph2doc.store.neo4j;

import static dev.graph2doc.store.neo4j.CypherNames.escape;

import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.GraphSchema.KeyType;
import dev.graph2doc.mapping.GraphSchema.LabelSet;
import dev.graph2doc.mapping.GraphSchema.PatternCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The shape of a label's nodes, each in one aggregate pass over them: which properties they carry, which value
 * types those hold, which label combinations they have, and which way their relationships point.
 */
final class Neo4jNodeShapes {

    static final int EXAMPLES = 3;
    private static final String NOT_NULL = " NOT NULL";

    private final Driver driver;

    Neo4jNodeShapes(Driver driver) {
        this.driver = driver;
    }

    Set<String> propertyKeys(String label) {
        String query = "MATCH (n:" + escape(label) + ") UNWIND keys(n) AS k RETURN DISTINCT k";
        try (Session session = driver.session()) {
            return new TreeSet<>(across(query, Map.of()).run(session).list(row -> row.get(0).asString()));
        }
    }

    /**
     * Counts per property and type in one pass; examples (a short query each) for every type when
     * {@code allExamples}, else only where a property holds more than one type.
     */
    Map<String, List<KeyType>> propertyTypes(String label, List<String> properties, boolean allExamples) {
        Map<String, List<KeyType>> types = new LinkedHashMap<>();
        properties.forEach(p -> types.put(p, new ArrayList<>()));
        String query = "MATCH (n:" + escape(label) + ") UNWIND $properties AS k WITH k, n[k] AS v WHERE v IS NOT NULL "
                + "RETURN k, valueType(v) AS t, count(*) AS c ORDER BY k, c DESC, t";
        try (Session session = driver.session()) {
            for (Record row : across(query, Map.of("properties", properties)).run(session).list()) {
                types.get(row.get("k").asString()).add(new KeyType(typeName(row.get("t").asString()),
                        row.get("c").asLong(), List.of()));
            }
            types.replaceAll((property, found) -> found.size() < 2 && !allExamples ? found
                    : found.stream().map(t -> withExamples(session, label, property, t)).toList());
        }
        return types;
    }

    private KeyType withExamples(Session session, String label, String property, KeyType type) {
        String v = "n." + escape(property);
        String query = "MATCH (n:" + escape(label) + ") WHERE " + v + " IS NOT NULL AND valueType(" + v + ") IN $t "
                + "RETURN " + v + " LIMIT " + EXAMPLES;
        List<Object> examples = across(query, Map.of("t", List.of(type.type(), type.type() + NOT_NULL))).run(session)
                .list(row -> example(row.get(0)));
        return new KeyType(type.type(), type.count(), examples);
    }

    List<LabelSet> labelCombinations(String label) {
        String query = "MATCH (n:" + escape(label) + ") WITH labels(n) AS ls, count(*) AS c "
                + "RETURN [l IN ls | l] AS ls, c ORDER BY c DESC";
        try (Session session = driver.session()) {
            return across(query, Map.of()).run(session).list(row -> new LabelSet(
                    row.get("ls").asList(Value::asString).stream().sorted().toList(), row.get("c").asLong()));
        }
    }

    PatternCounts patternCounts(String root, String rel, Direction direction, String target) {
        String out = "(n)-[:" + escape(rel) + "]->(:" + escape(target) + ")";
        String in = "(n)<-[:" + escape(rel) + "]-(:" + escape(target) + ")";
        String query = "MATCH (n:" + escape(root) + ") RETURN count(CASE WHEN EXISTS { " + out + " } THEN 1 END) AS o, "
                + "count(CASE WHEN EXISTS { " + in + " } THEN 1 END) AS i";
        try (Session session = driver.session()) {
            Record row = across(query, Map.of()).run(session).single();
            long o = row.get("o").asLong();
            long i = row.get("i").asLong();
            return direction == Direction.OUT ? new PatternCounts(o, i) : new PatternCounts(i, o);
        }
    }

    /** Every tenant's nodes of a label at once: what a mapping is checked against, by design. */
    private static CrossTenantQuery across(String query, Map<String, Object> parameters) {
        return CrossTenantQuery.acrossTenants(query, parameters);
    }

    /** {@code INTEGER NOT NULL} → {@code INTEGER}. */
    static String typeName(String valueType) {
        return valueType.endsWith(NOT_NULL) ? valueType.substring(0, valueType.length() - NOT_NULL.length()) : valueType;
    }

    private static Object example(Value value) {
        try {
            return Neo4jValues.toDocumentValue(value);
        } catch (RuntimeException e) {
            return String.valueOf(value.asObject());
        }
    }
}
