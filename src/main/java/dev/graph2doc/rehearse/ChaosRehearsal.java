package dev.graph2doc.rehearse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code --faults chaos}: the nemesis runs its schedule while every tenant walks ({@link ChaosWalk}) in parallel;
 * it ends once every walk ended and every fault is over and recorded.
 */
final class ChaosRehearsal {

    /** What the chaos did, for the report: the schedule, each fault's record, the repairs, the fenced refusals. */
    record Summary(ChaosSchedule schedule, List<FaultRecord> faults, Map<String, RepairTally.Totals> repairs,
                   long fencedRefusals) {

        /** Per kind: how many of its faults were injected (a fault not injected is not counted). */
        Map<ChaosKind, Long> injectedPerKind() {
            Map<ChaosKind, Long> counts = new java.util.EnumMap<>(ChaosKind.class);
            for (ChaosKind kind : ChaosKind.values()) {
                counts.put(kind, faults.stream().filter(f -> f.outcome() != FaultRecord.Outcome.NOT_INJECTED
                        && f.name().endsWith(" " + kind.label())).count());
            }
            return counts;
        }
    }

    private final ChaosContext chaos;
    private final int collections;

    ChaosRehearsal(ChaosContext chaos, int collections) {
        this.chaos = chaos;
        this.collections = collections;
    }

    Summary run(Map<String, Walker.WalkResult> walked, Map<String, String> walkFailures) throws InterruptedException {
        Nemesis nemesis = new Nemesis(chaos);
        nemesis.start();
        List<String> tenants = chaos.board().tenants();
        ExecutorService pool = Executors.newFixedThreadPool(tenants.size());
        List<Future<Walker.WalkResult>> walks = new ArrayList<>();
        ChaosWalk walk = new ChaosWalk(chaos, collections);
        for (int i = 0; i < tenants.size(); i++) {
            int index = i;
            walks.add(pool.submit(() -> walk.walk(tenants.get(index), index, tenants.size())));
        }
        for (int i = 0; i < tenants.size(); i++) {
            try {
                walked.put(tenants.get(i), walks.get(i).get());
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable why = e.getCause();
                walkFailures.put(tenants.get(i), why.getMessage() == null ? why.toString() : why.getMessage());
                chaos.events().add(Events.Kind.INFO, tenants.get(i), "walk stopped: " + walkFailures.get(tenants.get(i)));
            }
        }
        pool.shutdown();
        List<FaultRecord> faults = nemesis.awaitEnd();
        return new Summary(chaos.schedule(), faults, chaos.repairs().byTenant(), chaos.data().fencedRefusals());
    }
}
