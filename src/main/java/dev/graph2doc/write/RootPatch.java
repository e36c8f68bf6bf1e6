package dev.graph2doc.write;

import dev.graph2doc.mapping.KeyOrder;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import java.util.LinkedHashMap;
import java.util.Map;

/** One mutation applied to the document rooted at the touched node: its own fields, or one of its relationships. */
final class RootPatch {

    private final Mapping mapping;
    private final EmbeddedNeighbours neighbours;
    private final CollectionMapping collection;
    private final NodeRef root;
    private final String tenant;
    private final DocumentPatcher.Lookup lookup;

    RootPatch(Mapping mapping, EmbeddedNeighbours neighbours, Touch.Root touch, String tenant,
              DocumentPatcher.Lookup lookup) {
        this.mapping = mapping;
        this.neighbours = neighbours;
        this.collection = touch.collection();
        this.root = touch.node();
        this.tenant = tenant;
        this.lookup = lookup;
    }

    Map<String, Object> apply(Mutation mutation, Map<String, Object> body) {
        return switch (mutation) {
            case Mutation.UpsertNode u -> upsert(u, body);
            case Mutation.DeleteNode d -> null;
            case Mutation.Link l -> body == null ? null : link(l, body);
            case Mutation.Unlink u -> body == null ? null : unlink(u, body);
        };
    }

    private Map<String, Object> upsert(Mutation.UpsertNode u, Map<String, Object> body) {
        unchangedIdentity(u);
        Map<String, Object> properties = new LinkedHashMap<>();
        if (body == null) {
            properties.put(collection.key(), root.key());
            if (!mapping.tenancy().isFixed()) {
                properties.put(mapping.tenancy().property(), tenant);
            }
        } else {
            properties.putAll(DocumentFields.nodeProperties(collection, body));
        }
        return DocumentFields.layout(collection, DocumentFields.merge(properties, u.properties()), body);
    }

    private void unchangedIdentity(Mutation.UpsertNode u) {
        Object key = u.properties().get(collection.key());
        if (u.properties().containsKey(collection.key()) && !KeyOrder.same(key, root.key())) {
            throw new NotExpressibleException("upsertNode of " + root + " sets its key '" + collection.key()
                    + "' to '" + key + "': a key never changes — delete the node and create " + root.label()
                    + " '" + key + "' instead");
        }
        String property = mapping.tenancy().property();
        if (property != null && u.properties().containsKey(property) && !tenant.equals(u.properties().get(property))) {
            throw new NotExpressibleException("upsertNode of " + root + " sets its tenant property '" + property
                    + "' to '" + u.properties().get(property) + "': a node stays in tenant '" + tenant + "'");
        }
    }

    private Map<String, Object> link(Mutation.Link l, Map<String, Object> body) {
        Map<String, Object> out = new LinkedHashMap<>(body);
        if (root.equals(l.from())) {
            linkTo(out, l, Direction.OUT, l.to());
        }
        if (root.equals(l.to())) {
            linkTo(out, l, Direction.IN, l.from());
        }
        return out;
    }

    private void linkTo(Map<String, Object> out, Mutation.Link l, Direction seen, NodeRef other) {
        for (Embed e : DocumentPatcher.embeds(collection, l.type(), seen, other)) {
            Map<String, Object> neighbour = other.equals(root) ? out : neighbours.keyOnly(e, other)
                    .or(() -> lookup.root(other)).orElseThrow(() -> DocumentPatcher.missing(other));
            out.put(e.field(), neighbours.linked(e, out.get(e.field()), other.key(), neighbour, l.properties()));
        }
        for (Reference r : DocumentPatcher.references(collection, l.type(), seen, other)) {
            out.put(r.field(), DocumentPatcher.withKey(out.get(r.field()), other.key()));
        }
    }

    private Map<String, Object> unlink(Mutation.Unlink u, Map<String, Object> body) {
        Map<String, Object> out = new LinkedHashMap<>(body);
        if (root.equals(u.from())) {
            unlinkFrom(out, u.type(), Direction.OUT, u.to());
        }
        if (root.equals(u.to())) {
            unlinkFrom(out, u.type(), Direction.IN, u.from());
        }
        return out;
    }

    private void unlinkFrom(Map<String, Object> out, String type, Direction seen, NodeRef other) {
        for (Embed e : DocumentPatcher.embeds(collection, type, seen, other)) {
            out.put(e.field(), neighbours.unlinked(e, out.get(e.field()), other.key()));
        }
        for (Reference r : DocumentPatcher.references(collection, type, seen, other)) {
            out.put(r.field(), DocumentPatcher.withoutKey(out.get(r.field()), other.key()));
        }
    }
}
