package dev.graph2doc.write;

import dev.graph2doc.mapping.KeyOrder;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies one mutation to one document body, in memory, producing exactly the body the renderer would produce
 * from the graph after that mutation. Bodies are never modified: each call answers a new one (null: no document).
 * Where the documents alone cannot say what the graph would show, it throws {@link NotExpressibleException}.
 */
public final class DocumentPatcher {

    /** What an OBJECT embed may assume about its neighbours. */
    public enum Mode {
        /** The graph is primary and may hold several neighbours: unlinking the shown one needs a re-render. */
        AFTER_GRAPH,
        /** MongoDB is primary: an OBJECT embed holds its only neighbour, and a second one is refused. */
        PRIMARY
    }

    /** The current root document of another node, if it exists. */
    @FunctionalInterface
    public interface Lookup {
        Optional<Map<String, Object>> root(NodeRef node);
    }

    private final Mapping mapping;
    private final EmbeddedNeighbours neighbours;

    public DocumentPatcher(Mapping mapping, Mode mode) {
        this.mapping = mapping;
        this.neighbours = new EmbeddedNeighbours(mapping, mode);
    }

    /** {@code body} after {@code mutation}, for the document {@code touch} names; {@code tenant} is the batch's. */
    public Map<String, Object> apply(String tenant, Touch touch, Mutation mutation, Map<String, Object> body,
                                     Lookup lookup) {
        return switch (touch) {
            case Touch.Root root -> new RootPatch(mapping, neighbours, root, tenant, lookup).apply(mutation, body);
            case Touch.Neighbours n -> neighbour(n, mutation, body, lookup);
        };
    }

    /** Whether {@code body} shows {@code node} at the touch's field: only then does a neighbour change touch it. */
    public boolean shows(Touch.Neighbours touch, Map<String, Object> body) {
        if (body == null) {
            return false;
        }
        Object value = body.get(touch.field());
        Optional<Embed> embed = embed(touch);
        if (embed.isPresent()) {
            return neighbours.shows(embed.get(), value, touch.node().key());
        }
        return value instanceof List<?> keys && keys.stream().anyMatch(k -> KeyOrder.same(k, touch.node().key()));
    }

    private Map<String, Object> neighbour(Touch.Neighbours touch, Mutation mutation, Map<String, Object> body,
                                          Lookup lookup) {
        if (!shows(touch, body)) {
            return body;
        }
        Map<String, Object> out = new LinkedHashMap<>(body);
        Object key = touch.node().key();
        Optional<Embed> embed = embed(touch);
        Object value = switch (mutation) {
            case Mutation.UpsertNode u -> neighbours.refreshed(embed.orElseThrow(), body.get(touch.field()), key,
                    lookup.root(u.node()).orElseThrow(() -> missing(u.node())));
            case Mutation.DeleteNode d -> embed.isPresent()
                    ? neighbours.unlinked(embed.get(), body.get(touch.field()), key)
                    : withoutKey(body.get(touch.field()), key);
            default -> throw new IllegalArgumentException("A " + mutation.getClass().getSimpleName()
                    + " touches the roots it links, never their neighbours: " + touch);
        };
        out.put(touch.field(), value);
        return out;
    }

    private Optional<Embed> embed(Touch.Neighbours touch) {
        if (!touch.embedded()) {
            return Optional.empty();
        }
        return touch.collection().embeds().stream().filter(e -> e.field().equals(touch.field())).findFirst();
    }

    static List<Object> withoutKey(Object keys, Object key) {
        List<Object> out = new ArrayList<>(keys == null ? List.of() : (List<?>) keys);
        out.removeIf(k -> KeyOrder.same(k, key));
        return List.copyOf(out);
    }

    static List<Object> withKey(Object keys, Object key) {
        List<Object> out = new ArrayList<>(keys == null ? List.of() : (List<?>) keys);
        if (out.stream().noneMatch(k -> KeyOrder.same(k, key))) {
            out.add(key);
            out.sort(KeyOrder.KEYS);
        }
        return List.copyOf(out);
    }

    static NotExpressibleException missing(NodeRef node) {
        return new NotExpressibleException("the document of " + node + " is not in MongoDB, so its fields are unknown");
    }

    /** The embeds and references of {@code collection} that show {@code (root)-[type]-(other)} in {@code direction}. */
    static boolean maps(String rel, Direction direction, String target, String type, Direction seen, NodeRef other) {
        return rel.equals(type) && direction == seen && target.equals(other.label());
    }

    static List<Embed> embeds(CollectionMapping c, String type, Direction seen, NodeRef other) {
        return c.embeds().stream().filter(e -> maps(e.rel(), e.direction(), e.target(), type, seen, other)).toList();
    }

    static List<Reference> references(CollectionMapping c, String type, Direction seen, NodeRef other) {
        return c.references().stream().filter(r -> maps(r.rel(), r.direction(), r.target(), type, seen, other))
                .toList();
    }
}
