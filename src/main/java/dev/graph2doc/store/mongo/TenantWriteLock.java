package dev.graph2doc.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * One writer per tenant at a time: a lease document taken by insert or by compare-and-set once the holder's
 * lease has expired (a crashed holder), renewed before the point of no return, deleted on release. The batch's
 * journal is written into the lease document by that renewal, in one single-document update conditional on still
 * holding the lease: a writer paused past its lease (a long GC, SIGSTOP) can never journal a batch planned from a
 * state another writer has changed since. A takeover keeps the journal, so the next holder rolls it forward.
 */
final class TenantWriteLock {

    static final String COLLECTION = "_g2d_writes";
    private static final int ATTEMPTS = 200;
    private static final String LOCK = "lock";
    private static final String JOURNAL = "journal";

    private final TenantCollections collections;
    private final Clock clock;
    private final Duration lease;
    private final String owner;

    TenantWriteLock(TenantCollections collections, Clock clock, Duration lease, String owner) {
        this.collections = collections;
        this.clock = clock;
        this.lease = lease;
        this.owner = owner;
    }

    void acquire(String tenant) {
        acquire(tenant, Duration.ZERO);
    }

    /** As {@link #acquire(String)}, trying for at least {@code patience} (e.g. until a crashed holder's lease ends). */
    void acquire(String tenant, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (int attempt = 0; attempt < ATTEMPTS || System.nanoTime() < deadline; attempt++) {
            if (tryAcquire(tenant)) {
                return;
            }
            pause(attempt);
        }
        Document held = store(tenant).findByKey(LOCK).orElse(null);
        throw new IllegalStateException("The write lock of tenant '" + tenant + "' is held by "
                + (held == null ? "another writer" : "'" + held.get("owner") + "' until " + held.get("expiresAt"))
                + "; retry the batch (a crashed holder's lease expires by itself)");
    }

    /**
     * Renews the lease and records the batch's journal with it: the point of no return. Fails when another writer
     * has taken the lease over, so that this one must stop writing: nothing of the batch was recorded.
     */
    void confirm(String tenant, List<Document> journal) {
        if (!store(tenant).update(LOCK, Filters.eq("owner", owner), Updates.combine(
                Updates.set("expiresAt", Date.from(clock.instant().plus(lease))), Updates.set(JOURNAL, journal)))) {
            throw new IllegalStateException("Writer '" + owner + "' lost the write lock of tenant '" + tenant
                    + "' (its lease of " + lease + " expired): the batch was not applied — retry it");
        }
    }

    /** The journal of a batch decided under the lease this writer now holds (a crashed or paused holder's). */
    Optional<List<Document>> journal(String tenant) {
        return store(tenant).findByKey(LOCK).map(d -> d.getList(JOURNAL, Document.class));
    }

    /** The journalled batch is applied: forget it (only while still holding the lease). */
    void clearJournal(String tenant) {
        store(tenant).update(LOCK, Filters.eq("owner", owner), Updates.unset(JOURNAL));
    }

    void release(String tenant) {
        store(tenant).delete(LOCK, Filters.eq("owner", owner));
    }

    private boolean tryAcquire(String tenant) {
        Instant now = clock.instant();
        TenantCollection locks = store(tenant);
        Document lock = locks.newDocument(LOCK).append("owner", owner).append("expiresAt", Date.from(now.plus(lease)));
        try {
            locks.insert(lock);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        // a takeover, not a replacement: the journal a crashed holder left stays for this writer to roll forward
        return locks.update(LOCK, Filters.lt("expiresAt", Date.from(now)), Updates.combine(
                Updates.set("owner", owner), Updates.set("expiresAt", Date.from(now.plus(lease)))));
    }

    private TenantCollection store(String tenant) {
        return collections.of(tenant, COLLECTION);
    }

    /** 1, 2, 4, 8, 16 ms, then 25 ms: a short batch's lease is usually gone within a millisecond or two. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(25, 1L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a tenant's write lock", e);
        }
    }
}
