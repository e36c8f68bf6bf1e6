package dev.graph2doc.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Where a phase run's time goes, from the write path's own {@code graph2doc.write} timer (tagged by store): the
 * mean time per batch each store's part took between two snapshots. For FORK_WRITES the MongoDB part includes the
 * hop to the MongoDB pool, the time limiter, retry and breaker around the native write.
 */
record StoreTimes(long neo4jCount, double neo4jNanos, long mongoCount, double mongoNanos) {

    static final String TIMER = "graph2doc.write";

    static StoreTimes snapshot(MeterRegistry registry) {
        Timer neo4j = registry.find(TIMER).tag("store", "neo4j").timer();
        Timer mongo = registry.find(TIMER).tag("store", "mongodb").timer();
        return new StoreTimes(neo4j == null ? 0 : neo4j.count(), neo4j == null ? 0 : neo4j.totalTime(TimeUnit.NANOSECONDS),
                mongo == null ? 0 : mongo.count(), mongo == null ? 0 : mongo.totalTime(TimeUnit.NANOSECONDS));
    }

    /** What happened between {@code before} and this snapshot. */
    StoreTimes since(StoreTimes before) {
        return new StoreTimes(neo4jCount - before.neo4jCount, neo4jNanos - before.neo4jNanos,
                mongoCount - before.mongoCount, mongoNanos - before.mongoNanos);
    }

    StoreTimes plus(StoreTimes other) {
        return new StoreTimes(neo4jCount + other.neo4jCount, neo4jNanos + other.neo4jNanos,
                mongoCount + other.mongoCount, mongoNanos + other.mongoNanos);
    }

    /** These times (differences between snapshots) as one line about {@code run}. */
    String line(String run) {
        return String.format(Locale.ROOT, "where %s time goes (mean per batch, %s timer): Neo4j part %.2f ms, MongoDB "
                + "part %.2f ms", run, TIMER, mean(neo4jNanos, neo4jCount), mean(mongoNanos, mongoCount));
    }

    static final StoreTimes NONE = new StoreTimes(0, 0, 0, 0);

    private static double mean(double nanos, long count) {
        return count == 0 ? Double.NaN : nanos / count / 1e6;
    }
}
