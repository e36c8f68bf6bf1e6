package dev.graph2doc.rehearse;

import java.util.Optional;

/**
 * The chaos faults that hit one graph2doc instance: killed (SIGKILL) and restarted, paused (SIGSTOP, then SIGCONT),
 * partitioned from MongoDB or from Neo4j (its own proxies cut, then restored). Faults of one instance take turns
 * ({@link InstanceTurns}); faults of different instances overlap freely. Cut from MongoDB (its
 * control store) longer than its fence time plus half a second, the instance must report FENCED on {@code /health}.
 */
final class InstanceFaults {

    private final ChaosContext chaos;
    private final InstanceTurns turns;

    InstanceFaults(ChaosContext chaos) {
        this.chaos = chaos;
        this.turns = new InstanceTurns(chaos.instances().all());
    }

    FaultRecord inject(ChaosFault fault) throws Exception {
        KillFault kill = new KillFault(chaos, fault, turns);
        if (fault.kind() == ChaosKind.KILL && fault.moment() == ChaosFault.Moment.NEXT_TRANSITION) {
            return kill.duringTransition();
        }
        String during = "";
        if (fault.kind() == ChaosKind.KILL && fault.moment() == ChaosFault.Moment.UNFORKED) {
            if (!kill.awaitUnforked()) {
                return ChaosRecords.notInjected(chaos, fault, "no tenant was UNFORKED before the faults' window closed");
            }
            during = " with a tenant UNFORKED (MongoDB alone takes its writes)";
        }
        Optional<ChildService> taken = turns.take(fault.instance(), chaos.windowEnd());
        if (taken.isEmpty()) {
            return ChaosRecords.notInjected(chaos, fault, "every instance was still under an earlier fault when the "
                    + "faults' window closed");
        }
        ChildService target = taken.get();
        try {
            return switch (fault.kind()) {
                case KILL -> kill.now(target, during);
                case PAUSE -> pause(fault, target);
                case MONGODB_PARTITION -> partition(fault, target, Outages.Store.MONGODB);
                case NEO4J_PARTITION -> partition(fault, target, Outages.Store.NEO4J);
                default -> throw new IllegalArgumentException(fault.kind() + " does not hit one instance");
            };
        } finally {
            turns.give(target);
        }
    }

    private FaultRecord pause(ChaosFault fault, ChildService target) throws Exception {
        double at = chaos.elapsed();
        String phases = chaos.phases();
        try (FaultWatch watch = new FaultWatch(chaos, target)) {
            chaos.events().add(Events.Kind.FAULT, null, "#" + fault.number() + " instance " + target.name()
                    + " paused (SIGSTOP) for " + fault.lasts().toMillis() + " ms");
            target.pause();
            try {
                Thread.sleep(fault.lasts().toMillis());
            } finally {
                target.resume();
            }
            watch.ended();
            Thread.sleep(ChaosRecords.AFTERWARDS.toMillis());
            return ChaosRecords.injected(chaos, fault, phases, at, "SIGSTOP to instance " + target.name() + " (pid "
                    + target.pid() + "), SIGCONT " + fault.lasts().toMillis() + " ms later", watch, false);
        }
    }

    private FaultRecord partition(ChaosFault fault, ChildService target, Outages.Store store) throws Exception {
        double at = chaos.elapsed();
        String phases = chaos.phases();
        InstanceProxies proxies = chaos.stores().proxiesOf(target.name());
        try (FaultWatch watch = new FaultWatch(chaos, target)) {
            chaos.events().add(Events.Kind.FAULT, null, "#" + fault.number() + " instance " + target.name()
                    + " partitioned from " + store + " for " + fault.lasts().toMillis() + " ms");
            int window = chaos.outages().down(store, target.uri().toString());
            cut(proxies, store, true);
            try {
                Thread.sleep(fault.lasts().toMillis());
            } finally {
                cut(proxies, store, false);
                chaos.outages().up(window);
            }
            watch.ended();
            Thread.sleep(ChaosRecords.AFTERWARDS.toMillis());
            return ChaosRecords.injected(chaos, fault, phases, at, "instance " + target.name() + "'s own proxies to "
                    + store + (store == Outages.Store.MONGODB ? " (data and control)" : "") + " cut for "
                    + fault.lasts().toMillis() + " ms (connections dropped, new ones refused), then restored", watch,
                    store == Outages.Store.MONGODB && fault.lasts().compareTo(Instances.FENCE_AFTER.plusMillis(500)) > 0);
        }
    }

    private static void cut(InstanceProxies proxies, Outages.Store store, boolean cut) {
        switch (store) {
            case MONGODB -> {
                if (cut) proxies.cutMongo(); else proxies.restoreMongo();
            }
            case NEO4J -> {
                if (cut) proxies.cutNeo4j(); else proxies.restoreNeo4j();
            }
        }
    }
}
