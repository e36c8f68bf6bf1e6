package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.Mapping;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        events.add(Events.Kind.INFO, record.tenant(), "fault " + record.name() + ": " + (record.outcome()
                == FaultRecord.Outcome.NOT_INJECTED ? "" : record.outcome().label() + ": ") + record.observed());
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

    /**
     * Corrupts about a quarter of one collection in MongoDB (the version kept, so only a comparison can tell); empty,
     * with the fault recorded as not injected and why, when there was nothing it could corrupt.
     */
    Optional<CorruptionStep> corrupt(String tenant) {
        CorruptionInjection.Injection injection = CorruptionInjection.inject(
                stores.mongo().getDatabase(mapping.target().databaseFor(tenant)), workload.corruption(tenant));
        if (!injection.injected()) {
            record(FaultRecord.notInjected(CorruptionInjection.NAME, tenant, "SWAP_READS", elapsed(),
                    injection.notInjectedBecause()));
            return Optional.empty();
        }
        events.add(Events.Kind.FAULT, tenant, injection.what());
        return Optional.of(new CorruptionStep(this, tenant, injection.what(), injection.keys(), elapsed(), stats.failed()));
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
