package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.mapping.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A relationship the load may link and unlink, read from the mapping: {@code (from)-[:rel]->(to)} between roots of two
 * collections, with the document fields that show it ({@code views}). Relationships some document embeds {@code as:
 * object} are left out: they are to-one, and linking a second neighbour is refused once unforked.
 */
record LinkKind(String rel, CollectionMapping from, CollectionMapping to, List<View> views) {

    /** Document {@code collection}'s {@code field} lists the other end; the document is the link's from-end when {@code onFrom}. */
    record View(String collection, String field, boolean onFrom) {
    }

    static List<LinkKind> of(Mapping mapping) {
        Set<String> toOne = mapping.collections().stream().flatMap(c -> c.embeds().stream())
                .filter(e -> e.shape() == Shape.OBJECT).map(Embed::rel).collect(Collectors.toSet());
        Map<List<String>, List<View>> views = new LinkedHashMap<>();
        for (CollectionMapping c : mapping.collections()) {
            for (Embed e : c.embeds()) {
                add(mapping, toOne, views, c, e.field(), e.rel(), e.direction(), e.target());
            }
            for (Reference r : c.references()) {
                add(mapping, toOne, views, c, r.field(), r.rel(), r.direction(), r.target());
            }
        }
        List<LinkKind> kinds = new ArrayList<>();
        views.forEach((k, v) -> kinds.add(new LinkKind(k.get(0), mapping.rootedAt(k.get(1)).orElseThrow(),
                mapping.rootedAt(k.get(2)).orElseThrow(), List.copyOf(v))));
        return kinds;
    }

    private static void add(Mapping mapping, Set<String> toOne, Map<List<String>, List<View>> views, CollectionMapping c,
                            String field, String rel, Direction direction, String target) {
        if (toOne.contains(rel) || mapping.rootedAt(target).isEmpty()) {
            return;
        }
        boolean out = direction == Direction.OUT;
        List<String> arrow = List.of(rel, out ? c.root() : target, out ? target : c.root());
        views.computeIfAbsent(arrow, k -> new ArrayList<>()).add(new View(c.name(), field, out));
    }

    Map<String, Object> mutation(boolean link, Object fromKey, Object toKey) {
        return link ? Mutations.link(rel, from.root(), fromKey, to.root(), toKey)
                : Mutations.unlink(rel, from.root(), fromKey, to.root(), toKey);
    }

    /** Tells the ledger what each view shows once the link (or unlink) was acknowledged. */
    void acknowledge(Ledger ledger, String tenant, boolean linked, Object fromKey, Object toKey) {
        for (View v : views) {
            ledger.shows(tenant, v.collection(), v.onFrom() ? fromKey : toKey, v.field(), v.onFrom() ? toKey : fromKey, linked);
        }
    }
}
