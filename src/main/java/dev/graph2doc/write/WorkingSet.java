package dev.graph2doc.write;

import dev.graph2doc.mapping.Mapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents one batch reads and changes, held in memory while the batch is planned: each with the version
 * stored when it was first read (tombstones included), so that the writes can be compare-and-set against it.
 */
public final class WorkingSet {

    /** One document: as stored ({@code storedVersion}, 0 when absent) and as the batch has made it so far. */
    public static final class Slot {
        public final String collection;
        public final Object key;
        public final long storedVersion;
        public final boolean stored;
        Map<String, Object> body;
        boolean touched;

        Slot(String collection, StoredDocumentLookup.Stored stored) {
            this.collection = collection;
            this.key = stored.key();
            this.storedVersion = stored.version();
            this.stored = stored.exists();
            this.body = stored.body();
        }

        /** The body the batch leaves; null: deleted (or never there). */
        public Map<String, Object> body() {
            return body;
        }
    }

    private record Id(String collection, Object key) {
    }

    private final StoredDocumentLookup lookup;
    private final Mapping mapping;
    private final String tenant;
    private final Map<Id, Slot> slots = new LinkedHashMap<>();

    WorkingSet(StoredDocumentLookup lookup, Mapping mapping, String tenant) {
        this.lookup = lookup;
        this.mapping = mapping;
        this.tenant = tenant;
    }

    Slot slot(String collection, Object key) {
        return slots.computeIfAbsent(new Id(collection, key), id -> new Slot(collection,
                lookup.byKey(tenant, collection, key)));
    }

    /** The current body of {@code node}'s root document, as the batch has left it so far. */
    Optional<Map<String, Object>> root(NodeRef node) {
        return mapping.rootedAt(node.label()).flatMap(c -> Optional.ofNullable(slot(c.name(), node.key()).body));
    }

    /** The documents whose field shows {@code touch.node()}: found in MongoDB, or made so earlier in the batch. */
    List<Slot> showing(Touch.Neighbours touch, DocumentPatcher patcher) {
        String name = touch.collection().name();
        for (StoredDocumentLookup.Stored stored : lookup.showing(tenant, touch)) {
            slots.computeIfAbsent(new Id(name, stored.key()), id -> new Slot(name, stored));
        }
        List<Slot> out = new ArrayList<>();
        slots.values().forEach(s -> {
            if (s.collection.equals(name) && patcher.shows(touch, s.body)) {
                out.add(s);
            }
        });
        return out;
    }

    /** The documents the batch changed, in the order it first read them. */
    public List<Slot> touched() {
        return slots.values().stream().filter(s -> s.touched).toList();
    }
}
