package dev.graph2doc.store.neo4j;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.mapping.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The Cypher behind {@link Neo4jGraphStatistics}: per root a {@code COUNT} subquery per fan-out field that
 * counts what {@link RenderQuery} would gather (one item per relationship for an embed, distinct keys for
 * a reference), aggregated over all roots of one tenant in the same query.
 */
final class StatisticsQuery {

    private final RenderQuery render;
    private final TenantCypher cypher;
    private final List<String> counts = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();

    StatisticsQuery(Mapping mapping, CollectionMapping collection, TenantCypher cypher) {
        this.render = new RenderQuery(mapping, collection, cypher);
        this.cypher = cypher;
        for (Embed e : collection.embeds()) {
            if (e.shape() == Shape.ARRAY) {
                fields.add(e.field());
                counts.add("COUNT { MATCH " + render.pattern(e.direction(), e.rel(), e.target()) + " }");
            }
        }
        for (Reference ref : collection.references()) {
            String key = render.targetKey(ref.target());
            fields.add(ref.field());
            counts.add("COUNT { MATCH " + render.pattern(ref.direction(), ref.rel(), ref.target())
                    + " WHERE " + key + " IS NOT NULL RETURN DISTINCT " + key + " AS x }");
        }
    }

    /** The fan-out fields, in the order of the {@code c<i>} columns. */
    List<String> fields() {
        return fields;
    }

    /** roots, and per field i: max{i}, p99{i}, probe{i} (a root key with 1..$probeCap items, or null). */
    TenantCypher.Query aggregate(long probeCap) {
        StringBuilder out = new StringBuilder(perRoot()).append(" RETURN count(n) AS roots");
        for (int i = 0; i < counts.size(); i++) {
            out.append(", max(c").append(i).append(") AS max").append(i)
                    .append(", percentileDisc(c").append(i).append(", 0.99) AS p99").append(i)
                    .append(", min(CASE WHEN c").append(i).append(" > 0 AND c").append(i)
                    .append(" <= $probeCap THEN ").append(key()).append(" END) AS probe").append(i);
        }
        return cypher.query(out.toString(), Map.of("probeCap", probeCap));
    }

    /** Per embed: neighbours, max and p99 of the roots embedding one neighbour (columns neighbours, max, p99). */
    TenantCypher.Query reach(Embed embed) {
        return cypher.query(render.match(List.of(key() + " IS NOT NULL")) + " MATCH "
                + render.pattern(embed.direction(), embed.rel(), embed.target())
                + " WITH m, count(DISTINCT n) AS c RETURN count(m) AS neighbours, max(c) AS max, "
                + "percentileDisc(c, 0.99) AS p99");
    }

    /** The $largest roots by total item count: key, c0, c1, … */
    TenantCypher.Query largest(long largest) {
        String total = counts.isEmpty() ? "0" : String.join(" + ", columns());
        return ordered(total, largest);
    }

    /**
     * The $largest roots by the size of their own properties (string lengths, list lengths; a document can pass
     * 16 MiB on one text property, with no array at all): key, c0, c1, …
     */
    TenantCypher.Query heaviest(long largest) {
        return ordered("reduce(s = 0, k IN keys(n) | s + CASE WHEN n[k] IS :: STRING THEN size(n[k]) "
                + "WHEN n[k] IS :: LIST<ANY> THEN 8 * size(n[k]) ELSE 8 END)", largest);
    }

    private TenantCypher.Query ordered(String by, long largest) {
        List<String> returned = new ArrayList<>(List.of(key() + " AS key"));
        returned.addAll(columns());
        return cypher.query(perRoot() + " ORDER BY " + by + " DESC, " + key() + " LIMIT $largest RETURN "
                + String.join(", ", returned), Map.of("largest", largest));
    }

    private String perRoot() {
        StringBuilder out = new StringBuilder(render.match(List.of(key() + " IS NOT NULL"))).append(" WITH n");
        for (int i = 0; i < counts.size(); i++) {
            out.append(", ").append(counts.get(i)).append(" AS c").append(i);
        }
        return out.toString();
    }

    private List<String> columns() {
        return IntStream.range(0, counts.size()).mapToObj(i -> "c" + i).toList();
    }

    private String key() {
        return render.key();
    }
}
