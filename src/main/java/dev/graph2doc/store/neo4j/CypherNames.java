package dev.graph2doc.store.neo4j;

/**
 * Labels, relationship types and property keys cannot be query parameters in Cypher, so they are written
 * into the query text, always through {@link #escape}. Values never are: they go as parameters.
 */
public final class CypherNames {

    private CypherNames() {
    }

    /**
     * {@code name} as a quoted Cypher identifier: wrapped in backticks, each backtick inside doubled, so that
     * no name can end the identifier early. Empty names and NUL have no safe spelling and are refused (the
     * mapping loader refuses them first, with the line to fix).
     */
    public static String escape(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a usable Cypher name: "
                    + (name == null ? "null" : "'" + name.replace("\0", "\\0") + "'"));
        }
        return "`" + name.replace("`", "``") + "`";
    }
}
