package dev.graph2doc.rehearse;

import java.time.Duration;
import java.util.Map;

/** Neo4j (the candidate in COMPARE) answers {@link #SLOW_MILLIS} ms late on every packet for {@link #SLOW_FOR}. */
final class SlowCandidate {

    static final Duration SLOW_FOR = Duration.ofSeconds(6);
    static final long SLOW_MILLIS = 250;

    private final Faults faults;

    SlowCandidate(Faults faults) {
        this.faults = faults;
    }

    void inject(String tenant) throws InterruptedException {
        double at = faults.elapsed();
        long failedBefore = faults.stats().failed();
        Map<String, Long> before = faults.scrapes().outcomes();
        faults.events().add(Events.Kind.FAULT, tenant, "Neo4j slowed: +" + SLOW_MILLIS + " ms per packet for "
                + SLOW_FOR.toSeconds() + " s");
        faults.stores().delayNeo4j(SLOW_MILLIS);
        Thread.sleep(SLOW_FOR.toMillis());
        faults.stores().delayNeo4j(0);
        Thread.sleep(2000); // comparisons still in flight finish and are scraped
        Map<String, Long> after = faults.scrapes().outcomes();
        long timeouts = after.getOrDefault("timeout", 0L) - before.getOrDefault("timeout", 0L);
        long errors = after.getOrDefault("error", 0L) - before.getOrDefault("error", 0L);
        long mismatches = Scrapes.MISMATCH_KINDS.stream()
                .mapToLong(k -> after.getOrDefault(k, 0L) - before.getOrDefault(k, 0L)).sum();
        long failed = faults.stats().failed() - failedBefore;
        faults.record(FaultRecord.injected("slow candidate", tenant, "COMPARE", at, faults.elapsed() - at,
                "a delaying proxy between graph2doc and Neo4j held every packet " + SLOW_MILLIS + " ms for "
                        + SLOW_FOR.toSeconds() + " s (reads are served by MongoDB in COMPARE; writes still go to Neo4j first)",
                "candidate timeouts " + timeouts + ", candidate errors " + errors + ", mismatches " + mismatches
                        + ", failed requests " + failed,
                failed == 0 && mismatches == 0, ""));
    }
}
