package dev.graph2doc.write;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The documents recorded with graph writes that MongoDB has not confirmed yet (the repair backlog). */
public interface WriteOutbox {

    /** Up to {@code limit} entries, oldest first, across tenants; a document written several times has several. */
    List<OutboxEntry> oldest(int limit);

    /** Forgets each entry's document up to the entry's version: MongoDB holds that version or a newer one. */
    void clear(List<OutboxEntry> confirmed);

    Backlog backlog(String tenant);

    /** Which of these keys of one collection of the tenant have a change MongoDB has not confirmed yet. */
    Set<Object> pending(String tenant, String collection, Collection<Object> keys);
}
