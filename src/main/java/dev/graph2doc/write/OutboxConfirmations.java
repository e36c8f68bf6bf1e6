package dev.graph2doc.write;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Documents MongoDB confirmed on the request path, waiting to be cleared from the outbox in one batch by the
 * repair worker — a request never pays for a second graph transaction. Lost on a crash, which only means the
 * worker re-renders documents MongoDB already holds.
 */
public final class OutboxConfirmations {

    private final ConcurrentLinkedQueue<OutboxEntry> queue = new ConcurrentLinkedQueue<>();
    private final Clock clock;

    public OutboxConfirmations(Clock clock) {
        this.clock = clock;
    }

    public void confirm(String tenant, List<TouchedDocument> documents) {
        documents.forEach(d -> queue.add(new OutboxEntry(tenant, d.collection(), d.key(), d.version(), clock.instant())));
    }

    public List<OutboxEntry> take(int max) {
        List<OutboxEntry> out = new ArrayList<>();
        while (out.size() < max) {
            OutboxEntry next = queue.poll();
            if (next == null) {
                break;
            }
            out.add(next);
        }
        return out;
    }
}
