package dev.graph2doc.rehearse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a {@link ChaosSchedule}: at each fault's time (after the chaos started) it hands the fault to its injector on a
 * thread of its own, so faults overlap where they can; each ends with a {@link FaultRecord}. A fault whose injection
 * or recovery broke (an instance that would not start again) is recorded as not survived with what broke — never as
 * survived, and not as "not injected" either, since part of it may have landed.
 */
final class Nemesis {

    private final ChaosContext chaos;
    private final InstanceFaults instanceFaults;
    private final StoreFaults storeFaults;
    private final ChaosCorruption corruption;
    private final Map<Integer, FaultRecord> records = new TreeMap<>();
    private final List<Thread> injectors = new ArrayList<>();
    private Thread scheduler;

    Nemesis(ChaosContext chaos) {
        this.chaos = chaos;
        this.instanceFaults = new InstanceFaults(chaos);
        this.storeFaults = new StoreFaults(chaos);
        this.corruption = new ChaosCorruption(chaos);
    }

    void start() {
        chaos.events().add(Events.Kind.INFO, null, "chaos (seed " + chaos.schedule().seed() + "): "
                + chaos.schedule().faults().size() + " faults due within " + chaos.schedule().window().toSeconds()
                + " s, then " + chaos.schedule().settle().toSeconds() + " s without faults");
        scheduler = Thread.ofPlatform().daemon().name("chaos-nemesis").start(this::run);
    }

    private void run() {
        for (ChaosFault fault : chaos.schedule().faults()) {
            long wait = Duration.between(Instant.now(), chaos.chaosStart().plus(fault.at())).toMillis();
            try {
                Thread.sleep(Math.max(0, wait));
            } catch (InterruptedException e) {
                return;
            }
            synchronized (injectors) {
                injectors.add(Thread.ofPlatform().daemon().name("chaos-" + fault.number()).start(() -> inject(fault)));
            }
        }
    }

    private void inject(ChaosFault fault) {
        FaultRecord record;
        try {
            record = switch (fault.kind()) {
                case KILL, PAUSE, MONGODB_PARTITION, NEO4J_PARTITION -> instanceFaults.inject(fault);
                case MONGODB_STOPPED, NEO4J_STOPPED, SLOW_STORE -> storeFaults.inject(fault);
                case CORRUPTION -> corruption.inject(fault);
            };
        } catch (Exception e) {
            record = FaultRecord.injected(ChaosRecords.label(fault), "-", chaos.phases(), chaos.elapsed(), 0,
                    fault.describe(chaos.instanceNames()), "the injection or the recovery broke: " + e, false,
                    "the rehearsal could not finish this fault: " + e.getMessage());
        }
        synchronized (records) {
            records.put(fault.number(), record);
        }
        chaos.events().add(Events.Kind.INFO, fault.kind() == ChaosKind.CORRUPTION ? record.tenant() : null, "fault " + record.name() + ": " + record.verdict() + " — " + record.observed());
    }

    /** Waits for every fault to be over and recorded; the records in schedule order. */
    List<FaultRecord> awaitEnd() throws InterruptedException {
        scheduler.join();
        List<Thread> all;
        synchronized (injectors) {
            all = List.copyOf(injectors);
        }
        for (Thread injector : all) {
            injector.join();
        }
        synchronized (records) {
            return List.copyOf(records.values());
        }
    }
}
