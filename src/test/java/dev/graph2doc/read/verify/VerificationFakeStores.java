package dev.graph2doc.read.verify;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.mapping.UnmappableValueException;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.FieldFilter;
import dev.graph2doc.store.GraphStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory stores of one tenant for the verifier's unit tests: what each store returns, in key order, and the calls. */
final class VerificationFakeStores {

    final Graph graph = new Graph();
    final Documents documents = new Documents();

    static DocumentView doc(String collection, Object key, long version, Object value) {
        return new DocumentView(collection, key, version, Map.of("value", value));
    }

    static class Graph implements GraphStore {
        final Map<String, NavigableMap<Object, DocumentView>> roots = new ConcurrentHashMap<>();
        final Map<Object, String> unrenderable = new TreeMap<>(VerificationKeys.ORDER);
        final List<Object> rangeStarts = new ArrayList<>();
        /** The keys asked for through {@link #renderKeysLocked}, in order. */
        final List<Object> lockedKeys = new ArrayList<>();

        void put(DocumentView d) {
            roots.computeIfAbsent(d.collection(), c -> new TreeMap<>(VerificationKeys.ORDER)).put(d.key(), d);
        }

        private NavigableMap<Object, DocumentView> of(String collection) {
            return roots.computeIfAbsent(collection, c -> new TreeMap<>(VerificationKeys.ORDER));
        }

        @Override
        public RenderBatch renderRange(CollectionMapping c, String tenant, Object after, Object upTo, int limit) {
            rangeStarts.add(after == null ? "start" : after);
            NavigableMap<Object, DocumentView> tail = after == null ? of(c.name()) : of(c.name()).tailMap(after, false);
            List<DocumentView> docs = new ArrayList<>();
            List<UnmappableValueException> problems = new ArrayList<>();
            Object last = null;
            for (DocumentView d : tail.values()) {
                if (docs.size() + problems.size() == limit) {
                    break;
                }
                last = d.key();
                if (unrenderable.containsKey(d.key())) {
                    problems.add(new UnmappableValueException(c.name(), d.key(), "value", unrenderable.get(d.key())));
                } else {
                    docs.add(d);
                }
            }
            return new RenderBatch(docs, problems, last, docs.size() + problems.size());
        }

        @Override
        public RenderBatch renderKeys(CollectionMapping c, String tenant, Collection<?> keys) {
            List<DocumentView> docs = keys.stream().map(k -> of(c.name()).get(k)).filter(d -> d != null)
                    .filter(d -> !unrenderable.containsKey(d.key())).toList();
            return new RenderBatch(docs, List.of(), null, docs.size());
        }

        @Override
        public RenderBatch renderKeysLocked(CollectionMapping c, String tenant, Collection<?> keys) {
            lockedKeys.addAll(keys);
            return renderKeys(c, tenant, keys);
        }

        @Override
        public long countRoots(CollectionMapping c, String tenant) {
            return of(c.name()).size();
        }

        @Override
        public long countRange(CollectionMapping c, String tenant, Object after, Object upTo) {
            return range(c, after, upTo).size();
        }

        @Override
        public void scanKeys(CollectionMapping c, String tenant, Object after, Object upTo, int batch,
                             java.util.function.Consumer<List<Object>> sink) {
            List<Object> keys = new ArrayList<>(range(c, after, upTo).keySet());
            for (int from = 0; from < keys.size(); from += batch) {
                sink.accept(List.copyOf(keys.subList(from, Math.min(keys.size(), from + batch))));
            }
        }

        private NavigableMap<Object, DocumentView> range(CollectionMapping c, Object after, Object upTo) {
            NavigableMap<Object, DocumentView> all = of(c.name());
            NavigableMap<Object, DocumentView> tail = after == null ? all : all.tailMap(after, false);
            return upTo == null ? tail : tail.headMap(upTo, true);
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

        @Override
        public List<Object> keyBoundaries(CollectionMapping c, String tenant, int every) {
            throw new UnsupportedOperationException();
        }
    }

    static class Documents implements DocumentStore {
        final Map<String, NavigableMap<Object, DocumentView>> stored = new ConcurrentHashMap<>();
        int pages;

        void put(DocumentView d) {
            of(d.collection()).put(d.key(), d);
        }

        NavigableMap<Object, DocumentView> of(String collection) {
            return stored.computeIfAbsent(collection, c -> new TreeMap<>(VerificationKeys.ORDER));
        }

        @Override
        public List<DocumentView> page(String tenant, String collection, Object after, int limit) {
            pages++;
            NavigableMap<Object, DocumentView> tail = after == null ? of(collection) : of(collection).tailMap(after, false);
            return tail.values().stream().limit(limit).toList();
        }

        @Override
        public Optional<DocumentView> find(String tenant, String collection, Object key) {
            return Optional.ofNullable(of(collection).get(key));
        }

        @Override
        public boolean repair(String tenant, DocumentView d) {
            DocumentView old = of(d.collection()).get(d.key());
            if (old != null && old.version() > d.version()) {
                return false;
            }
            put(d);
            return true;
        }

        @Override
        public boolean removeUnlessNewer(String tenant, String collection, Object key, long version) {
            DocumentView old = of(collection).get(key);
            return old != null && old.version() <= version && of(collection).remove(key) != null;
        }

        @Override
        public long count(String tenant, String collection) {
            return of(collection).size();
        }

        @Override
        public List<Object> absentKeys(String tenant, String collection, List<Object> keys) {
            return keys.stream().filter(k -> !of(collection).containsKey(k)).toList();
        }

        @Override
        public void prepare(String tenant, CollectionMapping collection) {
        }

        @Override
        public UpsertSummary upsertIfNewer(String tenant, String collection, List<DocumentView> documents) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean tombstone(String tenant, String collection, Object key, long version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentView> query(String tenant, String collection, FieldFilter filter, Object after, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
