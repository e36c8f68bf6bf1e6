package dev.graph2doc.store;

import dev.graph2doc.write.Backlog;
import dev.graph2doc.write.OutboxEntry;
import java.util.List;

/** The documents recorded with graph writes that MongoDB has not confirmed yet (the repair backlog). */
public interface WriteOutbox {

    /** Up to {@code limit} entries, oldest first, across tenants. */
    List<OutboxEntry> oldest(int limit);

    /** Forgets the document's entries up to {@code version}: MongoDB holds that version or a newer one. */
    void clear(String tenant, String collection, Object key, long version);

    Backlog backlog(String tenant);
}
