package dev.graph2doc.store.mongo;

import dev.graph2doc.store.mongo.MongoNativeWriter.Hooks;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * A batch's planned documents, written into the tenant's lease document by the renewal that proves the lease is
 * still held (single-document atomicity) before any of them is applied: from then on the batch is decided, and
 * whoever holds the tenant's write lock next rolls it forward.
 */
final class WriteJournal {

    /** One planned write: {@code next} replaces the document stored at {@code expected} ({@code absent}: none). */
    record Entry(String collection, long expected, boolean absent, Document next) {
    }

    private final VersionedWrites writes;
    private final TenantWriteLock lock;

    WriteJournal(VersionedWrites writes, TenantWriteLock lock) {
        this.writes = writes;
        this.lock = lock;
    }

    /** The entries as the lease document stores them ({@link TenantWriteLock#confirm}). */
    static List<Document> toDocuments(List<Entry> entries) {
        return entries.stream().map(e -> new Document("collection", e.collection()).append("expected", e.expected())
                .append("absent", e.absent()).append("next", e.next())).toList();
    }

    /** Applies every entry (each is idempotent), then removes the journal. */
    void apply(String tenant, List<Entry> entries, Hooks hooks) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!writes.write(tenant, e.collection(), e.expected(), e.absent(), e.next())) {
                throw new IllegalStateException("Journalled write of " + e.collection() + " " + e.next().get("_id")
                        + " in tenant '" + tenant + "' expected version " + e.expected() + " but another writer "
                        + "changed the document: a writer outlived its lease — re-render the document to repair it");
            }
            hooks.applied(tenant, i + 1);
        }
        lock.clearJournal(tenant);
    }

    /** Finishes a batch a crashed writer journalled but did not finish; true when there was one. */
    boolean rollForward(String tenant) {
        List<Document> journal = lock.journal(tenant).orElse(null);
        if (journal == null) {
            return false;
        }
        List<Entry> entries = new ArrayList<>();
        for (Document e : journal) {
            entries.add(new Entry(e.getString("collection"), e.get("expected", Number.class).longValue(),
                    e.getBoolean("absent"), e.get("next", Document.class)));
        }
        apply(tenant, entries, Hooks.NONE);
        return true;
    }
}
