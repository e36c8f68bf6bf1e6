package dev.graph2doc.write;

import dev.graph2doc.mapping.KeyOrder;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The value of one embed field after a neighbour is linked, unlinked, changed or deleted. An item is the
 * neighbour's fields (taken from its root document) followed by the relationship's fields; arrays are kept in
 * neighbour-key order; an object holds the neighbour with the smallest key, as the renderer picks it.
 */
final class EmbeddedNeighbours {

    private final Mapping mapping;
    private final DocumentPatcher.Mode mode;

    EmbeddedNeighbours(Mapping mapping, DocumentPatcher.Mode mode) {
        this.mapping = mapping;
        this.mode = mode;
    }

    /** The embed's value with the neighbour {@code key} (root document {@code neighbour}) linked, merging {@code rel}. */
    Object linked(Embed e, Object current, Object key, Map<String, Object> neighbour, Map<String, Object> rel) {
        if (e.shape() == Shape.ARRAY) {
            List<Object> items = new ArrayList<>(list(current));
            int at = indexOf(e, items, key);
            Map<String, Object> old = at < 0 ? Map.of() : relPart(e, item(items.get(at)));
            Map<String, Object> fresh = item(e, neighbour, DocumentFields.merge(old, rel));
            if (at >= 0) {
                items.set(at, fresh);
            } else {
                items.add(insertionPoint(e, items, key), fresh);
            }
            return List.copyOf(items);
        }
        if (current == null || KeyOrder.same(keyOf(e, current), key)) {
            Map<String, Object> old = current == null ? Map.of() : relPart(e, item(current));
            return item(e, neighbour, DocumentFields.merge(old, rel));
        }
        if (mode == DocumentPatcher.Mode.PRIMARY) {
            throw new NotExpressibleException("embed '" + e.field() + "' is to-one and already holds " + e.target()
                    + " '" + keyOf(e, current) + "' — unlink it before linking " + e.target() + " '" + key + "'");
        }
        return KeyOrder.compare(key, keyOf(e, current)) < 0 ? item(e, neighbour, DocumentFields.merge(Map.of(), rel))
                : current;
    }

    /** The embed's value without the neighbour {@code key}. */
    Object unlinked(Embed e, Object current, Object key) {
        if (e.shape() == Shape.ARRAY) {
            List<Object> items = new ArrayList<>(list(current));
            items.removeIf(item -> KeyOrder.same(keyOf(e, item), key));
            return List.copyOf(items);
        }
        if (current == null || !KeyOrder.same(keyOf(e, current), key)) {
            return current;
        }
        if (mode == DocumentPatcher.Mode.AFTER_GRAPH) {
            throw new NotExpressibleException("embed '" + e.field() + "' shows " + e.target() + " '" + key
                    + "', which is going; only the graph knows whether another " + e.target() + " takes its place");
        }
        return null;
    }

    /** The embed's value with the neighbour {@code key}'s fields taken again from its root document. */
    Object refreshed(Embed e, Object current, Object key, Map<String, Object> neighbour) {
        if (e.shape() == Shape.OBJECT) {
            return current != null && KeyOrder.same(keyOf(e, current), key)
                    ? item(e, neighbour, relPart(e, item(current))) : current;
        }
        List<Object> items = new ArrayList<>(list(current));
        int at = indexOf(e, items, key);
        if (at >= 0) {
            items.set(at, item(e, neighbour, relPart(e, item(items.get(at)))));
        }
        return List.copyOf(items);
    }

    /**
     * The neighbour's root document as far as an embed showing only its key needs it, when the graph has just
     * linked it (so it exists): saves reading that document. Empty when the embed needs more, or MongoDB is primary.
     */
    Optional<Map<String, Object>> keyOnly(Embed e, NodeRef neighbour) {
        if (mode != DocumentPatcher.Mode.AFTER_GRAPH || e.fields().all()) {
            return Optional.empty();
        }
        return mapping.rootedAt(e.target()).map(CollectionMapping::key)
                .filter(key -> e.fields().names().equals(List.of(key)))
                .map(key -> Map.of(key, neighbour.key()));
    }

    /** Whether the embed's value shows the neighbour {@code key}. */
    boolean shows(Embed e, Object current, Object key) {
        if (e.shape() == Shape.OBJECT) {
            return current != null && KeyOrder.same(keyOf(e, current), key);
        }
        return indexOf(e, list(current), key) >= 0;
    }

    private Map<String, Object> item(Embed e, Map<String, Object> neighbour, Map<String, Object> rel) {
        Map<String, Object> out = DocumentFields.select(e.fields(),
                DocumentFields.nodeProperties(target(e), neighbour));
        out.putAll(DocumentFields.select(e.relFields(), rel));
        return out;
    }

    /** The relationship's properties an item carries: its relFields (all of them: what is not a node field). */
    private Map<String, Object> relPart(Embed e, Map<String, Object> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        Fields rel = e.relFields();
        Set<String> nodeFields = e.fields().all() ? Set.of() : Set.copyOf(e.fields().names());
        item.forEach((name, value) -> {
            if (rel.all() ? !nodeFields.contains(name) : rel.names().contains(name)) {
                out.put(name, value);
            }
        });
        return out;
    }

    private int indexOf(Embed e, List<Object> items, Object key) {
        for (int i = 0; i < items.size(); i++) {
            if (KeyOrder.same(keyOf(e, items.get(i)), key)) {
                return i;
            }
        }
        return -1;
    }

    private int insertionPoint(Embed e, List<Object> items, Object key) {
        int at = 0;
        while (at < items.size() && KeyOrder.compare(keyOf(e, items.get(at)), key) < 0) {
            at++;
        }
        return at;
    }

    private Object keyOf(Embed e, Object item) {
        return item(item).get(target(e).key());
    }

    private CollectionMapping target(Embed e) {
        return mapping.rootedAt(e.target()).orElseThrow(() -> new NotExpressibleException("embed '" + e.field()
                + "' targets " + e.target() + ", which roots no collection, so its fields live only in the graph"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
