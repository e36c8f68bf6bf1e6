package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.graph2doc.demo.FleetGenerator;
import dev.graph2doc.mapping.Mapping;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The faults of a rehearsal, each injected for real into the processes and stores the rehearsal hosts: graph2doc
 * killed with SIGKILL mid-copy and restarted; MongoDB stopped and restarted during FORK_WRITES; documents corrupted
 * in MongoDB during SWAP_READS; Neo4j slowed down (the candidate) during COMPARE.
 */
final class Faults {

    static final Duration MONGO_DOWN = Duration.ofSeconds(6);
    static final Duration SLOW_FOR = Duration.ofSeconds(6);
    static final long SLOW_MILLIS = 250;
    static final Duration STEP_BACK_PATIENCE = Duration.ofSeconds(15);

    private final HostedStores stores;
    private final Instances instances;
    private final Operator operator;
    private final Scrapes scrapes;
    private final RequestStats stats;
    private final Events events;
    private final Mapping mapping;
    private final int devices;
    private final List<FaultRecord> records = new ArrayList<>();

    Faults(HostedStores stores, Instances instances, Operator operator, Scrapes scrapes, RequestStats stats,
           Events events, Mapping mapping, int devices) {
        this.stores = stores;
        this.instances = instances;
        this.operator = operator;
        this.scrapes = scrapes;
        this.stats = stats;
        this.events = events;
        this.mapping = mapping;
        this.devices = devices;
    }

    synchronized List<FaultRecord> records() {
        return List.copyOf(records);
    }

    private synchronized void record(FaultRecord record) {
        records.add(record);
        events.add(Events.Kind.INFO, record.tenant(), "fault " + record.name() + (record.survived() ? " survived: " : " NOT survived: ")
                + record.observed());
    }

    private double now() {
        return Duration.between(events.start(), Instant.now()).toMillis() / 1000.0;
    }

    /** Waits until a quarter of the tenant's copy is done, kills one instance with SIGKILL, restarts it. */
    void killDuringCopy(String tenant, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        long[] progress;
        // a quarter in: well inside the copy, with checkpoints behind it and partitions ahead
        while ((progress = copyProgress(tenant)) == null || progress[0] * 4 < progress[1] || progress[0] >= progress[1]) {
            if (Instant.now().isAfter(deadline) || (progress != null && progress[1] > 0 && progress[0] >= progress[1])) {
                record(new FaultRecord("kill -9 mid-copy", tenant, "COPY", now(), 0, "none",
                        "the copy was complete before it could be interrupted", false, "not injected"));
                return;
            }
            Thread.sleep(100);
        }
        ChildService victim = instances.all().get(0);
        double at = now();
        long failedBefore = stats.failed();
        long pid = victim.pid();
        events.add(Events.Kind.FAULT, tenant, "kill -9 of graph2doc instance " + victim.name() + " (pid " + pid
                + ") with the copy at " + progress[0] + "/" + progress[1] + " documents");
        victim.kill9();
        victim.start(Duration.ofSeconds(90));
        events.add(Events.Kind.INFO, tenant, "instance " + victim.name() + " restarted (pid " + victim.pid() + ")");
        long[] after = awaitCopy(tenant, patience);
        boolean complete = after != null && after[0] >= after[1];
        record(new FaultRecord("kill -9 mid-copy", tenant, "COPY", at, now() - at,
                "SIGKILL to instance " + victim.name() + " (pid " + pid + ") at " + progress[0] + "/" + progress[1]
                        + " documents copied, then started again on the same port",
                "the copy finished " + (after == null ? "?" : after[0] + "/" + after[1]) + " from the checkpoints (other "
                        + "instance and the restarted one); requests with no answer re-sent to a live instance: "
                        + "failed requests during the fault " + (stats.failed() - failedBefore),
                complete && stats.failed() == failedBefore, ""));
    }

    long[] awaitCopy(String tenant, Duration patience) throws InterruptedException {
        return operator.awaitCopy(tenant, mapping.collections().size(), patience);
    }

    private long[] copyProgress(String tenant) throws InterruptedException {
        return operator.copyProgress(tenant);
    }

    /** Stops the MongoDB server under live load, restarts it, and waits for the backlog to drain by itself. */
    void restartMongo(String tenant, Duration patience) throws InterruptedException {
        RestartableMongo mongo = stores.restartableMongo();
        if (mongo == null) {
            record(new FaultRecord("MongoDB stopped and restarted", tenant, "FORK_WRITES", now(), 0, "none",
                    "not injected: the stores are external servers, which the rehearsal does not stop", false, "not injected"));
            return;
        }
        double at = now();
        long failedBefore = stats.failed();
        events.add(Events.Kind.FAULT, tenant, "MongoDB stopped (listener closed, every connection dropped) for "
                + MONGO_DOWN.toSeconds() + " s");
        mongo.stop();
        long peak = 0;
        Instant up = Instant.now().plus(MONGO_DOWN);
        while (Instant.now().isBefore(up)) {
            Thread.sleep(500);
            peak = Math.max(peak, scrapes.backlog(tenant));
        }
        mongo.restart();
        events.add(Events.Kind.INFO, tenant, "MongoDB listening again on the same port, same data");
        Instant deadline = Instant.now().plus(patience);
        long backlog = -1;
        while (Instant.now().isBefore(deadline)) {
            backlog = backlogOf(tenant);
            peak = Math.max(peak, scrapes.backlog(tenant));
            if (backlog == 0) {
                break;
            }
            Thread.sleep(500);
        }
        long failed = stats.failed() - failedBefore;
        record(new FaultRecord("MongoDB stopped and restarted", tenant, "FORK_WRITES", at, now() - at,
                "mongo-java-server stopped (listener and client connections closed) for " + MONGO_DOWN.toSeconds()
                        + " s under load, then listening again on the same port with the same in-memory backend",
                "repair backlog peaked at " + peak + " document(s) (metrics sampled each second) and drained to "
                        + backlog + " by itself; failed requests during the fault " + failed,
                backlog == 0 && failed == 0, ""));
    }

    /** The tenant's backlog from {@code GET /migration} (read from the outbox), or -1 while that cannot answer. */
    long backlogOf(String tenant) throws InterruptedException {
        JsonNode migration = operator.read("/migration");
        if (migration == null) {
            return -1;
        }
        for (JsonNode row : migration.path("tenants")) {
            if (row.path("tenant").asText().equals(tenant)) {
                return row.path("backlog").path("documents").asLong(-1);
            }
        }
        return -1;
    }

    /** Corrupts a quarter of the tenant's bins in MongoDB (the version kept, so only a comparison can tell). */
    CorruptionStep corrupt(String tenant) {
        MongoCollection<Document> bins = stores.mongo().getDatabase(mapping.target().databaseFor(tenant)).getCollection("bins");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < devices && keys.size() < 50; i += 4) {
            String key = FleetGenerator.binKey(i);
            if (bins.updateOne(Filters.eq("_id", key), Updates.set("capacityLitres", -1L)).getModifiedCount() == 1) {
                keys.add(key);
            }
        }
        events.add(Events.Kind.FAULT, tenant, "corrupted " + keys.size() + " bins in MongoDB (capacityLitres = -1)");
        return new CorruptionStep(this, tenant, keys, now(), stats.failed());
    }

    void recordCorruption(FaultRecord record) {
        record(record);
    }

    /** Neo4j (the candidate in COMPARE) answers {@link #SLOW_MILLIS} ms late on every packet for a while. */
    void slowCandidate(String tenant) throws InterruptedException {
        double at = now();
        long failedBefore = stats.failed();
        Map<String, Long> before = scrapes.outcomes();
        events.add(Events.Kind.FAULT, tenant, "Neo4j slowed: +" + SLOW_MILLIS + " ms per packet for " + SLOW_FOR.toSeconds() + " s");
        stores.neo4jProxy().delay(SLOW_MILLIS);
        Thread.sleep(SLOW_FOR.toMillis());
        stores.neo4jProxy().delay(0);
        Thread.sleep(2000); // comparisons still in flight finish and are scraped
        Map<String, Long> after = scrapes.outcomes();
        long timeouts = after.getOrDefault("timeout", 0L) - before.getOrDefault("timeout", 0L);
        long errors = after.getOrDefault("error", 0L) - before.getOrDefault("error", 0L);
        long mismatches = Scrapes.MISMATCH_KINDS.stream()
                .mapToLong(k -> after.getOrDefault(k, 0L) - before.getOrDefault(k, 0L)).sum();
        long failed = stats.failed() - failedBefore;
        record(new FaultRecord("slow candidate", tenant, "COMPARE", at, now() - at,
                "a delaying proxy between graph2doc and Neo4j held every packet " + SLOW_MILLIS + " ms for "
                        + SLOW_FOR.toSeconds() + " s (reads are served by MongoDB in COMPARE; writes still go to Neo4j first)",
                "candidate timeouts " + timeouts + ", candidate errors " + errors + ", mismatches " + mismatches
                        + ", failed requests " + failed,
                failed == 0 && mismatches == 0, ""));
    }

    Operator operator() {
        return operator;
    }

    RequestStats stats() {
        return stats;
    }

    double elapsed() {
        return now();
    }
}
