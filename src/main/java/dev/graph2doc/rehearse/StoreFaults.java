package dev.graph2doc.rehearse;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The chaos faults that hit a store for every instance: the data MongoDB server stopped and restarted (same port,
 * same data), the Neo4j engine stopped and restarted (same port, same store files), a store slowed on every
 * instance's proxy. Faults of one store take turns; faults of different stores overlap freely.
 */
final class StoreFaults {

    private final ChaosContext chaos;
    private final Map<ChaosFault.Store, ReentrantLock> turns = new EnumMap<>(ChaosFault.Store.class);

    StoreFaults(ChaosContext chaos) {
        this.chaos = chaos;
        for (ChaosFault.Store store : ChaosFault.Store.values()) {
            turns.put(store, new ReentrantLock(true));
        }
    }

    FaultRecord inject(ChaosFault fault) throws Exception {
        ChaosFault.Store store = switch (fault.kind()) {
            case MONGODB_STOPPED -> ChaosFault.Store.MONGODB;
            case NEO4J_STOPPED -> ChaosFault.Store.NEO4J;
            default -> fault.store();
        };
        if (chaos.stores().restartableMongo() == null && fault.kind() != ChaosKind.SLOW_STORE) {
            return ChaosRecords.notInjected(chaos, fault, "the stores are external servers, which the rehearsal does not stop");
        }
        ReentrantLock turn = turns.get(store);
        long wait = Math.max(0, Duration.between(Instant.now(), chaos.windowEnd()).toMillis());
        if (!turn.tryLock(wait, TimeUnit.MILLISECONDS)) {
            return ChaosRecords.notInjected(chaos, fault, store + " was still under an earlier fault when the faults' window closed");
        }
        try {
            return fault.kind() == ChaosKind.SLOW_STORE ? slow(fault, store) : stop(fault, store);
        } finally {
            turn.unlock();
        }
    }

    private FaultRecord stop(ChaosFault fault, ChaosFault.Store store) throws Exception {
        double at = chaos.elapsed();
        String phases = chaos.phases();
        try (FaultWatch watch = new FaultWatch(chaos, null)) {
            chaos.events().add(Events.Kind.FAULT, null, "#" + fault.number() + " " + store + " stopped for "
                    + fault.lasts().toMillis() + " ms");
            int window = chaos.outages().down(store == ChaosFault.Store.NEO4J ? Outages.Store.NEO4J : Outages.Store.MONGODB, null);
            long restartMillis;
            try {
                stopServer(store);
                Thread.sleep(fault.lasts().toMillis());
            } finally {
                long restarting = System.nanoTime();
                restartServer(store);
                restartMillis = (System.nanoTime() - restarting) / 1_000_000;
                chaos.outages().up(window);
            }
            chaos.events().add(Events.Kind.INFO, null, "#" + fault.number() + " " + store + " serving again");
            watch.ended();
            Thread.sleep(ChaosRecords.AFTERWARDS.toMillis());
            return ChaosRecords.injected(chaos, fault, phases, at, what(store) + " for " + fault.lasts().toMillis()
                    + " ms, then started again on the same port with the same data (the restart took " + restartMillis
                    + " ms)", watch, false);
        }
    }

    private void stopServer(ChaosFault.Store store) {
        if (store == ChaosFault.Store.NEO4J) {
            chaos.stores().restartableNeo4j().stop();
        } else {
            chaos.stores().restartableMongo().stop();
        }
    }

    private void restartServer(ChaosFault.Store store) {
        if (store == ChaosFault.Store.NEO4J) {
            chaos.stores().restartableNeo4j().restart();
        } else {
            chaos.stores().restartableMongo().restart();
        }
    }

    private static String what(ChaosFault.Store store) {
        return store == ChaosFault.Store.NEO4J ? "the Neo4j engine shut down (Bolt closed, every connection dropped)"
                : "the data MongoDB server stopped (listener and every connection closed; the control MongoDB kept running)";
    }

    private FaultRecord slow(ChaosFault fault, ChaosFault.Store store) throws Exception {
        double at = chaos.elapsed();
        String phases = chaos.phases();
        try (FaultWatch watch = new FaultWatch(chaos, null)) {
            chaos.events().add(Events.Kind.FAULT, null, "#" + fault.number() + " " + store + " slowed: +"
                    + fault.delayMillis() + " ms per packet for " + fault.lasts().toMillis() + " ms");
            delay(store, fault.delayMillis());
            try {
                Thread.sleep(fault.lasts().toMillis());
            } finally {
                delay(store, 0);
            }
            watch.ended();
            Thread.sleep(ChaosRecords.AFTERWARDS.toMillis());
            return ChaosRecords.injected(chaos, fault, phases, at, "every instance's proxy to " + store + " held each packet "
                    + fault.delayMillis() + " ms for " + fault.lasts().toMillis() + " ms", watch, false);
        }
    }

    private void delay(ChaosFault.Store store, long millis) {
        if (store == ChaosFault.Store.NEO4J) {
            chaos.stores().delayNeo4j(millis);
        } else {
            chaos.instanceNames().forEach(name -> chaos.stores().proxiesOf(name).delayMongo(millis));
        }
    }
}
