package dev.graph2doc.read.verify;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One store's side of a verification scan: what was read and not yet paired, how far the store has been read, and
 * whether it has ended. Refuses a key out of order: merging two streams that disagree on order would report
 * false differences.
 */
final class VerificationStream<T> {

    private final String store;
    private final String where;
    private final Deque<Keyed<T>> buffer = new ArrayDeque<>();
    private Object readTo;
    private boolean exhausted;

    VerificationStream(String store, String collection, String tenant, Object checkpoint) {
        this.store = store;
        this.where = "collection '" + collection + "' of tenant '" + tenant + "'";
        this.readTo = checkpoint;
    }

    void add(Object key, T value) {
        Object previous = buffer.isEmpty() ? readTo : buffer.peekLast().key();
        if (previous != null && (!VerificationKeys.sameType(previous, key) || VerificationKeys.compare(previous, key) >= 0)) {
            throw new IllegalStateException(store + " returned key " + describe(key) + " after " + describe(previous)
                    + " in " + where + ": verification needs the keys of a collection to be of one type (strings, or "
                    + "numbers) so that both stores order them alike");
        }
        buffer.add(new Keyed<>(key, value));
    }

    /** After a read: {@code lastKey} is the last key it returned (null: none), {@code ended} whether it was the last. */
    void advance(Object lastKey, boolean ended) {
        if (lastKey != null) {
            readTo = lastKey;
        }
        exhausted = ended;
    }

    /** Nothing buffered and more to read: time for the next batch. */
    boolean needsRead() {
        return buffer.isEmpty() && !exhausted;
    }

    boolean finished() {
        return exhausted && buffer.isEmpty();
    }

    boolean exhausted() {
        return exhausted;
    }

    Object readTo() {
        return readTo;
    }

    /** The next value, if its key is within {@code bound} (null: no bound); null otherwise. */
    T headUpTo(Object bound) {
        Keyed<T> head = buffer.peek();
        return head == null || (bound != null && VerificationKeys.compare(head.key(), bound) > 0) ? null : head.value();
    }

    T poll() {
        return buffer.poll().value();
    }

    private record Keyed<T>(Object key, T value) {
    }

    private static String describe(Object key) {
        return key instanceof String s ? "'" + s + "'" : key + " (" + key.getClass().getSimpleName() + ")";
    }
}
