package dev.graph2doc.rehearse;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A chaos kill: SIGKILL to one instance (at its time, during the walk's next transition, or once a tenant is
 * UNFORKED), then the instance started again on the same port until it serves.
 */
final class KillFault {

    private static final Duration RESTART_PATIENCE = Duration.ofMinutes(3);

    private final ChaosContext chaos;
    private final ChaosFault fault;
    private final InstanceTurns turns;

    KillFault(ChaosContext chaos, ChaosFault fault, InstanceTurns turns) {
        this.chaos = chaos;
        this.fault = fault;
        this.turns = turns;
    }

    /** Waits for the walk's next transition and kills while it is under way (when the instance is free right then). */
    FaultRecord duringTransition() throws Exception {
        Optional<String> transition;
        while ((transition = chaos.transitions().awaitNext(chaos.windowEnd())).isPresent()) {
            Thread.sleep(fault.pick() % 300); // the request is on its way or waiting for every instance to apply it
            Optional<ChildService> target = turns.tryTake(fault.instance());
            if (target.isPresent()) {
                try {
                    return now(target.get(), " during the transition " + transition.get());
                } finally {
                    turns.give(target.get());
                }
            }
        }
        return ChaosRecords.notInjected(chaos, fault, "no transition started while an instance was free before the "
                + "faults' window closed");
    }

    boolean awaitUnforked() throws InterruptedException {
        while (Instant.now().isBefore(chaos.windowEnd())) {
            if (chaos.board().snapshot().containsValue("UNFORKED")) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Kills the target (already taken from the turns) and starts it again. */
    FaultRecord now(ChildService target, String during) throws Exception {
        double at = chaos.elapsed();
        String phases = chaos.phases();
        long pid = target.pid();
        try (FaultWatch watch = new FaultWatch(chaos, target)) {
            chaos.events().add(Events.Kind.FAULT, null, "#" + fault.number() + " kill -9 of instance " + target.name()
                    + " (pid " + pid + ")" + during);
            target.kill9();
            int attempts = restart(target);
            watch.ended();
            chaos.events().add(Events.Kind.INFO, null, "#" + fault.number() + " instance " + target.name()
                    + " serving again (pid " + target.pid() + ", " + attempts + " start attempt(s))");
            return ChaosRecords.injected(chaos, fault, phases, at, "SIGKILL to instance " + target.name() + " (pid " + pid
                    + ")" + during + ", then started again on the same port (" + attempts + " start attempt(s))", watch, false);
        }
    }

    /** Starts the instance again until it serves: while Neo4j or MongoDB is stopped its start-up fails, as in production. */
    private int restart(ChildService target) throws Exception {
        Instant deadline = Instant.now().plus(RESTART_PATIENCE);
        for (int attempt = 1; ; attempt++) {
            try {
                target.start(Duration.ofSeconds(90));
                return attempt;
            } catch (IllegalStateException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("instance " + target.name() + " did not start again within "
                            + RESTART_PATIENCE.toMinutes() + " min after a kill (" + attempt + " attempts): " + e.getMessage(), e);
                }
                Thread.sleep(2000);
            }
        }
    }
}
