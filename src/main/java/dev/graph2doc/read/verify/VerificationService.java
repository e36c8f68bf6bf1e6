package dev.graph2doc.read.verify;

import dev.graph2doc.phase.Fence;
import dev.graph2doc.store.GraphStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the operator's verification commands and runs this instance's verification worker. Runs are stored before
 * they are answered, and any instance's worker takes them, so a run started before a restart continues by itself.
 */
public final class VerificationService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationService.class);

    private final GraphStore graph;
    private final List<String> collections;
    private final VerificationStore store;
    private final VerificationRunner runner;
    private final VerificationSettings settings;
    private final Clock clock;
    private final SynchronousQueue<String> wake = new SynchronousQueue<>();
    private volatile boolean stopping;
    private Thread worker;
    private final Fence fence;

    public VerificationService(GraphStore graph, List<String> collections, VerificationStore store,
                               VerificationRunner runner, VerificationSettings settings, Clock clock, Fence fence) {
        this.fence = fence;
        this.graph = graph;
        this.collections = List.copyOf(collections);
        this.store = store;
        this.runner = runner;
        this.settings = settings;
        this.clock = clock;
    }

    /** Validates and stores a new run; the worker picks it up at once. @throws IllegalArgumentException on bad input */
    public VerificationRun start(Map<String, ?> body) {
        VerificationRequest request = VerificationRequest.parse(body, graph.tenants(), collections);
        VerificationRun run = VerificationRun.start(UUID.randomUUID().toString(), request, clock.instant());
        store.create(run);
        wake.offer(run.id());
        return run;
    }

    public Optional<VerificationRun> find(String id) {
        return store.find(id);
    }

    public List<VerificationRun> recent(int limit) {
        return store.recent(limit);
    }

    /** Cancels a running run; empty when there is no such run. The answer shows whether it was still running. */
    public Optional<VerificationRun> cancel(String id) {
        store.cancel(id, clock.instant(), "cancelled by the operator");
        return store.find(id);
    }

    public synchronized void startWorker() {
        if (worker == null) {
            worker = Thread.ofPlatform().daemon().name("graph2doc-verify").start(this::work);
        }
    }

    private void work() {
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                // a fenced instance verifies nothing: its verdict would be stamped with a phase it may not hold
                if (fence.isFenced() || !runner.runNext(() -> stopping || fence.isFenced())) {
                    wake.poll(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("verification worker: {}; retrying in {}", e.toString(), settings.pollInterval());
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(settings.pollInterval());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops at the next checkpoint and gives the run up, so that the next start (or another instance) continues it. */
    @Override
    public synchronized void close() {
        stopping = true;
        wake.offer("stop"); // an idle worker ends now; a busy one at its next checkpoint
        if (worker != null) {
            try {
                worker.join(settings.lease().toMillis());
                worker.interrupt(); // still in a batch after a whole lease: the checkpoint it has is kept
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }
}
