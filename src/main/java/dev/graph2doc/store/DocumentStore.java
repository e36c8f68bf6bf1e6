package dev.graph2doc.store;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.KeyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The document side. Every call names its tenant; the adapter scopes it to that tenant's data alone. */
public interface DocumentStore {

    /**
     * Creates the collection's indexes, exactly {@code CollectionIndexes.of} (declared ones and graph2doc's own; in the
     * shared layout each led by the tenant); idempotent.
     */
    void prepare(String tenant, CollectionMapping collection);

    /**
     * Writes each document unless the stored one is as new or newer (same or higher version): an absent
     * document is inserted, an older one replaced. Safe to repeat, safe against a late, stale batch. A document
     * MongoDB refuses for its content is reported in the summary and does not stop the others.
     */
    UpsertSummary upsertIfNewer(String tenant, String collection, List<DocumentView> documents);

    /**
     * Marks the document deleted at {@code version} unless the stored one is as new or newer. The tombstone is
     * never read, and keeps a late, older write (a copy batch, a slow repair) from bringing the document back.
     */
    boolean tombstone(String tenant, String collection, Object key, long version);

    Optional<DocumentView> find(String tenant, String collection, Object key);

    /** Documents with a key greater than {@code after} (null: from the start), in key order. */
    List<DocumentView> page(String tenant, String collection, Object after, int limit);

    /** Live documents with a key greater than {@code after} (null: from the start) that pass {@code filter}, in key order. */
    List<DocumentView> query(String tenant, String collection, FieldFilter filter, Object after, int limit);

    /**
     * Replaces the stored document with {@code document} unless the stored one is strictly newer: a repair, which
     * must also overwrite a corrupted document of the same version. Returns false when a newer one was kept.
     */
    boolean repair(String tenant, DocumentView document);

    /**
     * Deletes the document unless it is newer than {@code version} (a write landed since it was seen): the repair
     * of a document MongoDB holds and the graph does not. Returns whether it was deleted.
     */
    boolean removeUnlessNewer(String tenant, String collection, Object key, long version);

    long count(String tenant, String collection);

    /** Those of {@code keys} that have no live document (none, or a tombstone). */
    List<Object> absentKeys(String tenant, String collection, List<Object> keys);

    /**
     * The stored version of each of {@code keys} that has a document (a tombstone too), and whether MongoDB alone
     * wrote it: what a repair reports when its write was kept out. Keys with no document are left out.
     */
    default Map<Object, StoredVersion> storedVersions(String tenant, String collection, List<Object> keys) {
        Map<Object, StoredVersion> versions = new java.util.TreeMap<>(KeyOrder.KEYS);
        keys.forEach(k -> find(tenant, collection, k).ifPresent(d -> versions.put(k, new StoredVersion(d.version(), false))));
        return versions;
    }

    /** A stored document's version; {@code alone}: written by MongoDB alone, after {@code UNFORKED}. */
    record StoredVersion(long version, boolean alone) {
    }

    /**
     * What became of each document of an upsert: written, kept because the stored one is as new or newer, or
     * refused by MongoDB for its content (too large, a field name or nesting it does not take). A transient failure
     * (MongoDB down) is thrown instead, so that the caller retries.
     */
    record UpsertSummary(int written, int keptNewer, List<Refused> refused) {

        public UpsertSummary {
            refused = List.copyOf(refused);
        }

        public UpsertSummary(int written, int keptNewer) {
            this(written, keptNewer, List.of());
        }

        /** Every document is written, kept or refused: none unaccounted for. */
        public int accountedFor() {
            return written + keptNewer + refused.size();
        }
    }

    /** A document MongoDB will not take as rendered: its key, its BSON size and MongoDB's reason. */
    record Refused(Object key, long bytes, String reason) {
    }
}
