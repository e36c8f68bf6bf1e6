package dev.graph2doc.rehearse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The walk of {@code --faults on} and {@code off}: the canary tenant first, alone (carrying the fixed faults, its copy
 * throttled so the kill lands mid-copy), then the others in parallel once it got through.
 */
final class CanaryWalk {

    private final RehearsalOptions options;
    private final RehearsalGraph graph;
    private final List<String> tenants;
    private final Operator operator;
    private final PhaseBoard board;
    private final Events events;
    private final int collections;
    private final Map<String, Walker.WalkResult> walked;
    private final Map<String, String> walkFailures;

    CanaryWalk(RehearsalOptions options, RehearsalGraph graph, Operator operator, PhaseBoard board, Events events,
               int collections, Map<String, Walker.WalkResult> walked, Map<String, String> walkFailures) {
        this.options = options;
        this.graph = graph;
        this.tenants = graph.tenants();
        this.operator = operator;
        this.board = board;
        this.events = events;
        this.collections = collections;
        this.walked = walked;
        this.walkFailures = walkFailures;
    }

    void walkAll(Faults faults) throws InterruptedException {
        Walker walker = new Walker(operator, board, events, Rehearsal.GATE_PATIENCE, collections);
        String canary = tenants.get(0);
        events.add(Events.Kind.INFO, canary, "canary: walks first" + (faults == null ? "" : ", with the faults"));
        walkOne(walker, canary, faults, canaryThrottle());
        if (!walkFailures.isEmpty()) {
            tenants.subList(1, tenants.size()).forEach(t -> walkFailures.put(t, "not walked: the canary failed"));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, tenants.size() - 1));
        List<Future<?>> walks = new ArrayList<>();
        for (String tenant : tenants.subList(1, tenants.size())) {
            walks.add(pool.submit(() -> walkOne(walker, tenant, null, 0)));
        }
        for (Future<?> walk : walks) {
            try {
                walk.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // walkOne records its own failure
            }
        }
        pool.shutdown();
    }

    private Void walkOne(Walker walker, String tenant, Faults faults, long throttle) throws InterruptedException {
        try {
            Walker.WalkResult result = walker.walk(tenant, faults, throttle);
            synchronized (walked) {
                walked.put(tenant, result);
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            synchronized (walkFailures) {
                walkFailures.put(tenant, why);
            }
            events.add(Events.Kind.INFO, tenant, "walk stopped: " + why);
        }
        return null;
    }

    /** The canary's copy is throttled to last about ten seconds, so that the kill lands mid-copy. */
    private long canaryThrottle() {
        if (!options.faults()) {
            return 0;
        }
        long documents = graph.documents(tenants.get(0));
        return Math.max(Instances.MIN_COPY_THROTTLE, documents / (10L * options.instances()));
    }
}
