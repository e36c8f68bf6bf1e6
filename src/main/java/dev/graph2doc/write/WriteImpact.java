package dev.graph2doc.write;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which documents a mutation changes, read from the mapping alone: the fan-out. A renamed {@code Device}
 * touches its own document and every document embedding it; a link touches each end whose collection maps
 * that relationship. Both stores resolve the same touches, so both sides always agree on what changed.
 */
public final class WriteImpact {

    private final Mapping mapping;

    public WriteImpact(Mapping mapping) {
        this.mapping = mapping;
    }

    public List<Touch> of(Mutation mutation) {
        return switch (mutation) {
            case Mutation.UpsertNode u -> upsert(u.node(), u.properties().keySet());
            case Mutation.DeleteNode d -> delete(d.node());
            case Mutation.Link l -> relationship(l.type(), l.from(), l.to());
            case Mutation.Unlink u -> relationship(u.type(), u.from(), u.to());
        };
    }

    private List<Touch> upsert(NodeRef node, Set<String> changed) {
        List<Touch> touches = new ArrayList<>(root(node));
        for (CollectionMapping c : mapping.collections()) {
            for (Embed e : c.embeds()) {
                boolean shown = e.fields().all() || e.fields().names().stream().anyMatch(changed::contains);
                if (e.target().equals(node.label()) && shown) {
                    touches.add(new Touch.Neighbours(c, e.field(), e.rel(), e.direction(), node, true));
                }
            }
        }
        return touches;
    }

    private List<Touch> delete(NodeRef node) {
        List<Touch> touches = new ArrayList<>(root(node));
        for (CollectionMapping c : mapping.collections()) {
            for (Embed e : c.embeds()) {
                if (e.target().equals(node.label())) {
                    touches.add(new Touch.Neighbours(c, e.field(), e.rel(), e.direction(), node, true));
                }
            }
            for (Reference r : c.references()) {
                if (r.target().equals(node.label())) {
                    touches.add(new Touch.Neighbours(c, r.field(), r.rel(), r.direction(), node, false));
                }
            }
        }
        return touches;
    }

    /** {@code (from)-[type]->(to)} shows in a document of {@code from} mapped OUT, or of {@code to} mapped IN. */
    private List<Touch> relationship(String type, NodeRef from, NodeRef to) {
        List<Touch> touches = new ArrayList<>();
        for (CollectionMapping c : mapping.collections()) {
            boolean fromSide = maps(c, type, Direction.OUT, from, to);
            boolean toSide = maps(c, type, Direction.IN, to, from);
            if (fromSide) {
                touches.add(new Touch.Root(c, from));
            }
            if (toSide && !(fromSide && from.equals(to))) {
                touches.add(new Touch.Root(c, to));
            }
        }
        return touches;
    }

    private static boolean maps(CollectionMapping c, String type, Direction direction, NodeRef root, NodeRef other) {
        if (!c.root().equals(root.label())) {
            return false;
        }
        boolean embeds = c.embeds().stream().anyMatch(e -> e.rel().equals(type) && e.direction() == direction
                && e.target().equals(other.label()));
        return embeds || c.references().stream().anyMatch(r -> r.rel().equals(type) && r.direction() == direction
                && r.target().equals(other.label()));
    }

    private List<Touch> root(NodeRef node) {
        return mapping.rootedAt(node.label()).<List<Touch>>map(c -> List.of(new Touch.Root(c, node))).orElse(List.of());
    }
}
