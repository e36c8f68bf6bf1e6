package dev.graph2doc.store.neo4j;

/** Labels, relationship types and property names go into Cypher only through here, escaped; values never do. */
public final class CypherNames {

    private CypherNames() {
    }

    public static String escape(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Not a usable Cypher name: " + name);
        }
        return "`" + name.replace("`", "``") + "`";
    }
}
