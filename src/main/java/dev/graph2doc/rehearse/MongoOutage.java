package dev.graph2doc.rehearse;

import java.time.Duration;
import java.time.Instant;

/** Stops the MongoDB server under live load, restarts it, and waits for the backlog to drain by itself. */
final class MongoOutage {

    static final Duration MONGO_DOWN = Duration.ofSeconds(6);
    private static final String NAME = "MongoDB stopped and restarted";

    private final Faults faults;

    MongoOutage(Faults faults) {
        this.faults = faults;
    }

    void inject(String tenant, Duration patience) throws InterruptedException {
        RestartableMongo mongo = faults.stores().restartableMongo();
        if (mongo == null) {
            faults.record(FaultRecord.notInjected(NAME, tenant, "FORK_WRITES", faults.elapsed(),
                    "the stores are external servers, which the rehearsal does not stop"));
            return;
        }
        double at = faults.elapsed();
        long failedBefore = faults.stats().failed();
        faults.events().add(Events.Kind.FAULT, tenant, "MongoDB stopped (listener closed, every connection dropped) for "
                + MONGO_DOWN.toSeconds() + " s");
        mongo.stop();
        long peak = 0;
        Instant up = Instant.now().plus(MONGO_DOWN);
        while (Instant.now().isBefore(up)) {
            Thread.sleep(500);
            peak = Math.max(peak, faults.scrapes().backlog(tenant));
        }
        mongo.restart();
        faults.events().add(Events.Kind.INFO, tenant, "MongoDB listening again on the same port, same data");
        long[] drained = awaitDrained(tenant, patience, peak);
        long failed = faults.stats().failed() - failedBefore;
        faults.record(FaultRecord.injected(NAME, tenant, "FORK_WRITES", at, faults.elapsed() - at,
                "mongo-java-server stopped (listener and client connections closed) for " + MONGO_DOWN.toSeconds()
                        + " s under load, then listening again on the same port with the same in-memory backend",
                "repair backlog peaked at " + drained[1] + " document(s) (metrics sampled each second) and drained to "
                        + drained[0] + " by itself; failed requests during the fault " + failed,
                drained[0] == 0 && failed == 0, ""));
    }

    /** {backlog at the end, peak} once the backlog is 0 or {@code patience} passed. */
    private long[] awaitDrained(String tenant, Duration patience, long peak) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        long backlog = -1;
        while (Instant.now().isBefore(deadline)) {
            backlog = faults.status().backlog(tenant);
            peak = Math.max(peak, faults.scrapes().backlog(tenant));
            if (backlog == 0) {
                break;
            }
            Thread.sleep(500);
        }
        return new long[] {backlog, peak};
    }
}
