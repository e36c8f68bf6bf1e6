package dev.graph2doc.read.shadow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A bounded queue and the daemon threads that empty it: each thread takes what is waiting, up to {@code batch}
 * items at once, and hands them to {@code work} together. Offering never blocks — a full queue answers false.
 */
final class BatchingWorkers<T> implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchingWorkers.class);

    private final String name;
    private final ArrayBlockingQueue<T> queue;
    private final int batch;
    private final Consumer<List<T>> work;
    /** Items queued or being worked on: {@link #idle} is exact, not a guess between a take and a count. */
    private final AtomicInteger pending = new AtomicInteger();
    private final List<Thread> threads;
    private volatile boolean closed;

    BatchingWorkers(String name, int threads, int capacity, int batch, Consumer<List<T>> work) {
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batch = batch;
        this.work = work;
        this.threads = IntStream.rangeClosed(1, threads).mapToObj(i -> Thread.ofPlatform().daemon()
                .name(name + "-" + i).start(this::run)).toList();
    }

    /** False when the queue is full or the workers are closed: the caller counts the drop. */
    boolean offer(T item) {
        pending.incrementAndGet();
        if (closed || !queue.offer(item)) {
            pending.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Items waiting for a thread: never more than the capacity. */
    int queued() {
        return queue.size();
    }

    /** Nothing queued and nothing being worked on. */
    boolean idle() {
        return pending.get() == 0;
    }

    @Override
    public void close() {
        closed = true;
        threads.forEach(Thread::interrupt);
    }

    private void run() {
        while (!closed) {
            List<T> items = new ArrayList<>();
            try {
                items.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(items, batch - 1);
            try {
                work.accept(items);
            } catch (RuntimeException e) {
                LOG.warn("{}: {} item(s) failed: {}", name, items.size(), e.toString(), e);
            } finally {
                pending.addAndGet(-items.size());
            }
        }
    }
}
