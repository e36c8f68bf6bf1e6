package dev.graph2doc.copy;

import dev.graph2doc.copy.CopyStateStore.CopyControl;
import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.mapping.GraphSchema;
import dev.graph2doc.phase.Fence;
import dev.graph2doc.phase.InstanceId;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseAcknowledgements;
import dev.graph2doc.phase.TenantPhase;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs this instance's copy workers and takes the operator's copy commands. Workers keep looking for
 * unfinished partitions, so a copy planned before a restart (or by another instance) continues by itself.
 */
@Singleton
public final class CopyService {

    private static final Logger LOG = LoggerFactory.getLogger(CopyService.class);

    private final CopyCoordinator coordinator;
    private final CopyStateStore state;
    private final GraphStore graph;
    private final GraphSchema schema;
    private final ActiveMapping mapping;
    private final CopySettings settings;
    private final TenantPhases phases;
    private final PhaseAcknowledgements acknowledgements;
    private final int workers;
    private final Fence fence;
    private final ExecutorService reader = Executors.newCachedThreadPool(r -> daemon(r, "copy-reader"));
    private ExecutorService pool;
    private volatile boolean stopping;
    /** Counted down at shutdown, so that idle workers stop at once instead of at the end of their poll. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    public CopyService(ActiveMapping mapping, GraphStore graph, GraphSchema schema, DocumentStore documents,
                       CopyStateStore state, CopySettings settings, InstanceId instance,
                       CopyProperties properties, List<CopyProgressListener> listeners,
                       TenantPhases phases, PhaseAcknowledgements acknowledgements, Fence fence) {
        int workers = properties.workers();
        if (workers < 1) {
            throw new IllegalArgumentException("graph2doc.copy.workers = " + workers + " must be 1 or more");
        }
        this.state = state;
        this.graph = graph;
        this.schema = schema;
        this.mapping = mapping;
        this.phases = phases;
        this.acknowledgements = acknowledgements;
        this.settings = settings;
        this.workers = workers;
        this.fence = fence;
        this.coordinator = new CopyCoordinator(mapping.get(), graph, documents, state, settings, Clock.systemUTC(),
                Sleeper.REAL, reader, instance.value(), new CopyProgressListeners(withLog(listeners)));
    }

    private static CopyProgressListener[] withLog(List<CopyProgressListener> listeners) {
        List<CopyProgressListener> all = new java.util.ArrayList<>(listeners);
        all.add(new CopyLog());
        return all.toArray(CopyProgressListener[]::new);
    }

    public synchronized void startWorkers() {
        if (pool != null) {
            return;
        }
        pool = Executors.newFixedThreadPool(workers, r -> daemon(r, "copy-worker"));
        for (int i = 0; i < workers; i++) {
            int worker = i;
            pool.submit(() -> work(worker));
        }
    }

    private void work(int worker) {
        while (!stopping) {
            try {
                // a fenced instance copies nothing: it may not know that the tenant stepped back meanwhile
                if (fence.isFenced() || !coordinator.copyOnePartition(worker, () -> stopping || fence.isFenced())) {
                    stopped.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("copy worker: {}; retrying in {}", e.getMessage(), settings.pollInterval());
                pause(settings.pollInterval());
            }
        }
    }

    /** Plans the copy of these tenants' collections (all when none are named); workers then copy them. */
    public List<CopyStatus> start(List<String> tenants, List<String> collections) {
        return start(tenants, collections, false);
    }

    /**
     * As {@link #start(List, List)}; with {@code restart}, their earlier copies (progress, findings, verdicts) are
     * forgotten first. Everything is checked before anything is planned or forgotten.
     */
    public List<CopyStatus> start(List<String> tenants, List<String> collections, boolean restart) {
        List<String> known = graph.tenants();
        List<String> chosen = tenants == null || tenants.isEmpty() ? known : tenants;
        List<String> unknown = chosen.stream().filter(t -> !known.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown tenant(s) " + unknown + ": the graph holds " + known);
        }
        MixedKeys.refuse(schema, CopySelection.collections(mapping.get(), collections));
        coordinator.start(chosen, collections, this::capturingSince, restart);
        return status();
    }

    /**
     * When a copy of the tenant must have been planned for it to contain every write: the tenant's entry into
     * {@code COPY}, from which every instance captures writes. Refused while some instance does not apply COPY yet.
     */
    private Instant capturingSince(String tenant) {
        TenantPhase phase = phases.stateOf(tenant);
        if (phase.phase() != Phase.COPY) {
            return null; // before COPY a copy is a pre-warm the gate will not accept; after it, the copy is done
        }
        List<String> notCapturing = acknowledgements.notApplying(phase);
        if (!notCapturing.isEmpty()) {
            throw new CopyNotReadyException("Tenant '" + tenant + "' entered COPY at " + phase.since()
                    + " but instance(s) " + notCapturing + " do not apply it yet, so writes they accept would not be "
                    + "captured: retry once GET /migration shows the tenant no longer pending.");
        }
        return phase.since();
    }

    public void pause(boolean paused) {
        CopyControl current = state.control();
        state.saveControl(new CopyControl(paused, current.maxDocumentsPerSecond()));
    }

    public void throttle(long maxDocumentsPerSecond) {
        if (maxDocumentsPerSecond < 0) {
            throw new IllegalArgumentException("maxDocumentsPerSecond = " + maxDocumentsPerSecond
                    + " must be 0 (no cap) or more");
        }
        state.saveControl(new CopyControl(state.control().paused(), maxDocumentsPerSecond));
    }

    public CopyControl control() {
        return state.control();
    }

    public List<CopyStatus> status() {
        return coordinator.status();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        stopped.countDown();
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reader.shutdownNow();
    }

    private static void pause(Duration duration) {
        try {
            Sleeper.REAL.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
