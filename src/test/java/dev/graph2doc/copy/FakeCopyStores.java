package dev.graph2doc.copy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.KeyOrder;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.FieldFilter;
import dev.graph2doc.store.GraphStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** One tenant's collection in memory, with the two ways a copy can come up short: a range read that misses roots, a lost write. */
final class FakeCopyStores {

    private FakeCopyStores() {
    }

    /**
     * The graph. {@code unseenByRanges}: roots a ranged read does not return, though counts and key scans see them.
     * {@code unseenByBounds}: roots no query with a bound sees (as Cypher's {@code key > 'a'} misses a number key);
     * only an unbounded key scan finds them.
     */
    static final class Graph implements GraphStore {
        final NavigableMap<Object, DocumentView> roots = new TreeMap<>(KeyOrder.KEYS);
        final Set<Object> unseenByRanges = new HashSet<>();
        final Set<Object> unseenByBounds = new HashSet<>();

        void add(String collection, Object key) {
            roots.put(key, new DocumentView(collection, key, 1, java.util.Map.of("n", String.valueOf(key))));
        }

        private NavigableMap<Object, DocumentView> range(Object after, Object upTo) {
            if (after != null && upTo != null && KeyOrder.compare(after, upTo) >= 0) {
                return new TreeMap<>(KeyOrder.KEYS);
            }
            NavigableMap<Object, DocumentView> tail = after == null ? roots : roots.tailMap(after, false);
            NavigableMap<Object, DocumentView> range = new TreeMap<>(KeyOrder.KEYS);
            range.putAll(upTo == null ? tail : tail.headMap(upTo, true));
            if (after != null || upTo != null) {
                range.keySet().removeAll(unseenByBounds);
            }
            return range;
        }

        @Override
        public RenderBatch renderRange(CollectionMapping c, String tenant, Object after, Object upTo, int limit) {
            List<DocumentView> docs = range(after, upTo).values().stream().filter(d -> !unseenByRanges.contains(d.key()))
                    .limit(limit).toList();
            return new RenderBatch(docs, List.of(), docs.isEmpty() ? null : docs.get(docs.size() - 1).key(), docs.size());
        }

        @Override
        public RenderBatch renderKeys(CollectionMapping c, String tenant, Collection<?> keys) {
            List<DocumentView> docs = keys.stream().map(roots::get).filter(d -> d != null).toList();
            return new RenderBatch(docs, List.of(), null, docs.size());
        }

        @Override
        public long countRange(CollectionMapping c, String tenant, Object after, Object upTo) {
            return range(after, upTo).size();
        }

        @Override
        public void scanKeys(CollectionMapping c, String tenant, Object after, Object upTo, int batch,
                             Consumer<List<Object>> sink) {
            List<Object> keys = new ArrayList<>(range(after, upTo).keySet());
            for (int from = 0; from < keys.size(); from += batch) {
                sink.accept(List.copyOf(keys.subList(from, Math.min(keys.size(), from + batch))));
            }
        }

        @Override
        public long countRoots(CollectionMapping c, String tenant) {
            return roots.size();
        }

        @Override
        public List<Object> keyBoundaries(CollectionMapping c, String tenant, int every) {
            List<Object> keys = new ArrayList<>(roots.keySet());
            List<Object> bounds = new ArrayList<>();
            for (int i = every - 1; i < keys.size(); i += every) {
                bounds.add(keys.get(i));
            }
            return bounds;
        }

        @Override
        public List<String> tenants() {
            return List.of("acme");
        }

        @Override
        public void prepare() {
        }

        @Override
        public RenderBatch renderPage(CollectionMapping c, String t, FieldFilter f, Object after, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    /** MongoDB; a write of a key in {@code lost} answers success and keeps nothing. */
    static final class Documents implements DocumentStore {
        final NavigableMap<Object, DocumentView> stored = new TreeMap<>(KeyOrder.KEYS);
        final Set<Object> lost = new HashSet<>();

        @Override
        public UpsertSummary upsertIfNewer(String tenant, String collection, List<DocumentView> documents) {
            documents.stream().filter(d -> !lost.contains(d.key())).forEach(d -> stored.put(d.key(), d));
            return new UpsertSummary(documents.size(), 0);
        }

        @Override
        public List<Object> absentKeys(String tenant, String collection, List<Object> keys) {
            return keys.stream().filter(k -> !stored.containsKey(k)).toList();
        }

        @Override
        public long count(String tenant, String collection) {
            return stored.size();
        }

        @Override
        public void prepare(String tenant, CollectionMapping collection) {
        }

        @Override
        public Optional<DocumentView> find(String tenant, String collection, Object key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public boolean tombstone(String tenant, String collection, Object key, long version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentView> page(String tenant, String collection, Object after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentView> query(String tenant, String collection, FieldFilter filter, Object after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean repair(String tenant, DocumentView document) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeUnlessNewer(String tenant, String collection, Object key, long version) {
            throw new UnsupportedOperationException();
        }
    }
}
