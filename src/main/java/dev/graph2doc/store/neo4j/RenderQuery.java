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

/**
 * The one Cypher projection per collection: the root's properties plus every mapped neighbourhood, each
 * neighbour list gathered by a {@code COLLECT} subquery in target-key order — one round trip per page of
 * roots, never one per node. Names come from the mapping, escaped; values are parameters.
 */
final class RenderQuery {

    static final String VERSION_PROPERTY = "_g2dVersion";

    private final Mapping mapping;
    private final CollectionMapping collection;

    RenderQuery(Mapping mapping, CollectionMapping collection) {
        this.mapping = mapping;
        this.collection = collection;
    }

    String range(boolean hasAfter, boolean hasUpTo) {
        String k = "n." + escape(collection.key());
        List<String> where = new ArrayList<>(tenantPredicate("n"));
        where.add(hasAfter ? k + " > $after" : k + " IS NOT NULL");
        if (hasUpTo) {
            where.add(k + " <= $upTo");
        }
        return match(where) + " WITH n ORDER BY " + k + " LIMIT $limit " + projection();
    }

    /** {@code $f0, $f1, ...} hold the accepted values of the filter's fields, in the filter's order. */
    String page(boolean hasAfter, List<String> filterFields) {
        String k = "n." + escape(collection.key());
        List<String> where = new ArrayList<>(tenantPredicate("n"));
        where.add(hasAfter ? k + " > $after" : k + " IS NOT NULL");
        for (int i = 0; i < filterFields.size(); i++) {
            where.add("n." + escape(filterFields.get(i)) + " IN $f" + i);
        }
        return match(where) + " WITH n ORDER BY " + k + " LIMIT $limit " + projection();
    }

    String keys() {
        List<String> where = new ArrayList<>(tenantPredicate("n"));
        where.add("n." + escape(collection.key()) + " IN $keys");
        return match(where) + " WITH n ORDER BY n." + escape(collection.key()) + " " + projection();
    }

    String count() {
        List<String> where = new ArrayList<>(tenantPredicate("n"));
        where.add("n." + escape(collection.key()) + " IS NOT NULL");
        return match(where) + " RETURN count(n) AS count";
    }

    String keysOnly(boolean hasAfter) {
        String k = "n." + escape(collection.key());
        List<String> where = new ArrayList<>(tenantPredicate("n"));
        where.add(hasAfter ? k + " > $after" : k + " IS NOT NULL");
        return match(where) + " RETURN " + k + " AS key ORDER BY key";
    }

    private String match(List<String> where) {
        return "MATCH (n:" + escape(collection.root()) + ") WHERE " + String.join(" AND ", where);
    }

    private String projection() {
        StringBuilder out = new StringBuilder("RETURN n.").append(escape(collection.key())).append(" AS key, n.")
                .append(escape(VERSION_PROPERTY)).append(" AS version, ").append(nodeFields("n", collection.fields()))
                .append(" AS props");
        for (int i = 0; i < collection.embeds().size(); i++) {
            out.append(", ").append(embed(collection.embeds().get(i))).append(" AS e").append(i);
        }
        for (int i = 0; i < collection.references().size(); i++) {
            out.append(", ").append(reference(collection.references().get(i))).append(" AS r").append(i);
        }
        return out.toString();
    }

    private String embed(Embed e) {
        String item = "[" + nodeFields("m", e.fields()) + ", " + relFields(e.relFields()) + "]";
        return "COLLECT { MATCH " + pattern(e.direction(), e.rel(), e.target()) + wherePart("m") + " RETURN " + item
                + " AS x ORDER BY " + targetKey(e.target()) + ", elementId(r) }";
    }

    private String reference(Reference ref) {
        String key = targetKey(ref.target());
        return "COLLECT { MATCH " + pattern(ref.direction(), ref.rel(), ref.target()) + wherePart("m") + " AND "
                + key + " IS NOT NULL RETURN DISTINCT " + key + " AS x ORDER BY x }";
    }

    String wherePart(String var) {
        List<String> predicates = tenantPredicate(var);
        return predicates.isEmpty() ? " WHERE true" : " WHERE " + String.join(" AND ", predicates);
    }

    static String pattern(Direction direction, String rel, String target) {
        String r = "[r:" + escape(rel) + "]";
        String m = "(m:" + escape(target) + ")";
        return direction == Direction.OUT ? "(n)-" + r + "->" + m : "(n)<-" + r + "-" + m;
    }

    String targetKey(String target) {
        return mapping.rootedAt(target).map(c -> "m." + escape(c.key())).orElse("elementId(m)");
    }

    List<String> tenantPredicate(String var) {
        if (mapping.tenancy().isFixed()) {
            return List.of();
        }
        return List.of(var + "." + escape(mapping.tenancy().property()) + " = $tenant");
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
