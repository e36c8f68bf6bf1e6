package dev.graph2doc.rehearse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Which instances are free for a chaos fault: faults of one instance take turns (a killed instance is not also
 * partitioned). A fault takes the instance the seed drew for it or, when that one is under another fault, the next
 * free one — the schedule stays the seed's, the target may move so that the fault still lands.
 */
final class InstanceTurns {

    private final List<ChildService> instances;
    private final List<Semaphore> turns;

    InstanceTurns(List<ChildService> instances) {
        this.instances = List.copyOf(instances);
        this.turns = instances.stream().map(i -> new Semaphore(1, true)).toList();
    }

    /** The drawn instance or the next free one, without waiting; empty when all are under faults. */
    Optional<ChildService> tryTake(int drawn) {
        for (int i = 0; i < instances.size(); i++) {
            int index = (drawn + i) % instances.size();
            if (turns.get(index).tryAcquire()) {
                return Optional.of(instances.get(index));
            }
        }
        return Optional.empty();
    }

    /** As {@link #tryTake}, asked again every 100 ms until one is free or {@code until} passed. */
    Optional<ChildService> take(int drawn, Instant until) throws InterruptedException {
        Optional<ChildService> taken;
        while ((taken = tryTake(drawn)).isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        return taken;
    }

    /** The fault on this instance is over. */
    void give(ChildService instance) {
        turns.get(instances.indexOf(instance)).release();
    }
}
