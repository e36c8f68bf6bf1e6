package dev.graph2doc.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secondary indexes graph2doc keeps on a collection, besides {@code _id}: the declared ones, then its own —
 * one per embed of a root's neighbour on the embedded key (what native writes look embedding documents up by)
 * and one per reference list. Two on the same paths are one index (MongoDB keeps one per key pattern); a declared
 * one wins, so its {@code unique} stands. The document store creates exactly this list, and the risk report
 * counts it, so the two cannot disagree.
 */
public final class CollectionIndexes {

    private CollectionIndexes() {
    }

    public static List<IndexSpec> of(Mapping mapping, CollectionMapping collection) {
        Map<List<String>, IndexSpec> byPaths = new LinkedHashMap<>();
        collection.indexes().forEach(index -> byPaths.putIfAbsent(index.paths(), index));
        for (Embed e : collection.embeds()) {
            mapping.rootedAt(e.target()).ifPresent(root -> byPaths.putIfAbsent(List.of(e.field() + "." + root.key()),
                    new IndexSpec(List.of(e.field() + "." + root.key()), false)));
        }
        for (Reference r : collection.references()) {
            byPaths.putIfAbsent(List.of(r.field()), new IndexSpec(List.of(r.field()), false));
        }
        return new ArrayList<>(byPaths.values());
    }

    /** The files' worth: the secondary indexes plus {@code _id}. */
    public static int countWithId(Mapping mapping, CollectionMapping collection) {
        return 1 + of(mapping, collection).size();
    }
}
