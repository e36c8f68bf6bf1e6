package dev.graph2doc.rehearse;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.graph2doc.mapping.Mapping;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The faults of a rehearsal, each injected for real into the processes and stores the rehearsal hosts: graph2doc
 * killed with SIGKILL mid-copy and restarted ({@link CopyKill}); MongoDB stopped and restarted during FORK_WRITES
 * ({@link MongoOutage}); documents corrupted in MongoDB during SWAP_READS ({@link CorruptionStep}); Neo4j slowed down
 * (the candidate) during COMPARE ({@link SlowCandidate}). Holds what they share and the record of each.
 */
final class Faults {

    static final Duration STEP_BACK_PATIENCE = Duration.ofSeconds(15);

    private final HostedStores stores;
    private final Instances instances;
    private final Operator operator;
    private final Scrapes scrapes;
    private final RequestStats stats;
    private final Events events;
    private final Mapping mapping;
    private final Workload workload;
    private final List<FaultRecord> records = new ArrayList<>();

    Faults(HostedStores stores, Instances instances, Operator operator, Scrapes scrapes, RequestStats stats,
           Events events, Mapping mapping, Workload workload) {
        this.stores = stores;
        this.instances = instances;
        this.operator = operator;
        this.scrapes = scrapes;
        this.stats = stats;
        this.events = events;
        this.mapping = mapping;
        this.workload = workload;
    }

    synchronized List<FaultRecord> records() {
        return List.copyOf(records);
    }

    synchronized void record(FaultRecord record) {
        records.add(record);
        events.add(Events.Kind.INFO, record.tenant(), "fault " + record.name() + (record.survived() ? " survived: " : " NOT survived: ")
                + record.observed());
    }

    /** Seconds since the rehearsal started. */
    double elapsed() {
        return Duration.between(events.start(), Instant.now()).toMillis() / 1000.0;
    }

    void killDuringCopy(String tenant, Duration patience) throws Exception {
        new CopyKill(this, mapping.collections().size()).inject(tenant, patience);
    }

    void restartMongo(String tenant, Duration patience) throws InterruptedException {
        new MongoOutage(this).inject(tenant, patience);
    }

    void slowCandidate(String tenant) throws InterruptedException {
        new SlowCandidate(this).inject(tenant);
    }

    /** Corrupts about a quarter of one collection in MongoDB (the version kept, so only a comparison can tell). */
    CorruptionStep corrupt(String tenant) {
        Workload.Corruption target = workload.corruption(tenant);
        MongoCollection<Document> documents = stores.mongo().getDatabase(mapping.target().databaseFor(tenant))
                .getCollection(target.collection());
        List<Object> keys = new ArrayList<>();
        for (Object key : target.keys()) {
            if (corruptOne(documents, key, target) == 1) {
                keys.add(key);
            }
        }
        String what = keys.size() + " " + target.collection() + " rewritten directly in MongoDB with " + target.field()
                + " = " + target.value();
        events.add(Events.Kind.FAULT, tenant, "corrupted " + what);
        return new CorruptionStep(this, tenant, what, keys, elapsed(), stats.failed());
    }

    /** Retried once: the rehearsal's own client may still hold a connection from before MongoDB's restart. */
    private static long corruptOne(MongoCollection<Document> documents, Object key, Workload.Corruption target) {
        try {
            return documents.updateOne(Filters.eq("_id", key), Updates.set(target.field(), target.value())).getModifiedCount();
        } catch (com.mongodb.MongoSocketException e) {
            return documents.updateOne(Filters.eq("_id", key), Updates.set(target.field(), target.value())).getModifiedCount();
        }
    }

    HostedStores stores() {
        return stores;
    }

    Instances instances() {
        return instances;
    }

    Operator operator() {
        return operator;
    }

    MigrationStatus status() {
        return new MigrationStatus(operator);
    }

    Scrapes scrapes() {
        return scrapes;
    }

    RequestStats stats() {
        return stats;
    }

    Events events() {
        return events;
    }
}
