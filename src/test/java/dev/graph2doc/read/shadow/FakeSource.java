package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.KeyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory store for the comparator: documents by key, and switches for failing or hanging. */
public final class FakeSource implements ReadSource {

    public final Map<Object, DocumentView> docs = new ConcurrentSkipListMap<>(KeyOrder.KEYS);
    public final AtomicInteger reads = new AtomicInteger();
    /** Reads through {@link #getSettled} (also counted in {@link #reads}). */
    public final AtomicInteger settledReads = new AtomicInteger();
    public final List<Integer> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final String name;
    public volatile RuntimeException failure;
    public volatile CountDownLatch hang;
    /** Like {@code hang}, from the second read on (a store that slows down between a read and its re-check). */
    public volatile CountDownLatch hangOnReread;
    /** Answered by the next key read (single or batched) instead of the stored document (a write not yet landed). */
    public volatile DocumentView once;

    public FakeSource(String name) {
        this.name = name;
    }

    public FakeSource put(String key, long version, Map<String, Object> body) {
        docs.put(key, new DocumentView("devices", key, version, body));
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<DocumentView> get(String tenant, CollectionMapping collection, Object key) {
        enter();
        DocumentView first = once;
        once = null;
        return Optional.ofNullable(first != null ? first : docs.get(key));
    }

    @Override
    public Optional<DocumentView> getSettled(String tenant, CollectionMapping collection, Object key) {
        settledReads.incrementAndGet();
        return get(tenant, collection, key);
    }

    /** One request for several keys, as a store that can batch answers it; its size is recorded in {@link #batches}. */
    @Override
    public List<DocumentView> getAll(String tenant, CollectionMapping collection, List<Object> keys) {
        enter();
        batches.add(keys.size());
        DocumentView first = once;
        once = null;
        return keys.stream().map(k -> first != null && KeyOrder.same(first.key(), k) ? first : docs.get(k))
                .filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public ReadPage page(String tenant, CollectionMapping collection, ReadQuery query) {
        enter();
        List<DocumentView> after = docs.values().stream()
                .filter(d -> query.after() == null || KeyOrder.compare(d.key(), query.after()) > 0)
                .limit(query.limit() + 1L).toList();
        return ReadPage.of(after, query.limit());
    }

    private void enter() {
        CountDownLatch latch = reads.incrementAndGet() > 1 && hangOnReread != null ? hangOnReread : hang;
        if (latch != null) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
