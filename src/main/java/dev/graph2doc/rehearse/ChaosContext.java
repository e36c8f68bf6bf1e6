package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.Mapping;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the chaos nemesis and the chaos walk share: the stores and instances faults are injected into, what the
 * rehearsal observes (phases, metrics, requests, fenced refusals, events), when stores were down ({@link Outages}),
 * the walk's transitions as they start, and which tenants hold corrupted documents not yet repaired or are closing
 * (verified for UNFORKED: no corruption lands between that verification and the move), which were repaired after a
 * corruption, and what those repairs found.
 */
record ChaosContext(ChaosSchedule schedule, Instant chaosStart, HostedStores stores, Instances instances, PhaseBoard board,
                    Operator operator, Scrapes scrapes, RequestStats stats, ApiClient data, Events events,
                    Outages outages, TransitionSignal transitions, Mapping mapping, Workload workload,
                    Set<String> corrupted, Set<String> closing, Set<String> repaired, RepairTally repairs) {

    static ChaosContext of(ChaosSchedule schedule, HostedStores stores, Instances instances, PhaseBoard board,
                           Operator operator, Scrapes scrapes, RequestStats stats, ApiClient data, Events events,
                           Outages outages, Mapping mapping, Workload workload) {
        return new ChaosContext(schedule, Instant.now(), stores, instances, board, operator, scrapes, stats, data, events,
                outages, new TransitionSignal(), mapping, workload, ConcurrentHashMap.newKeySet(),
                ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet(), new RepairTally());
    }

    /** Seconds since the rehearsal started (the report's clock). */
    double elapsed() {
        return Duration.between(events.start(), Instant.now()).toMillis() / 1000.0;
    }

    /** When the faults' window closes: no fault is injected after it. */
    Instant windowEnd() {
        return chaosStart.plus(schedule.window());
    }

    /** Every tenant's phase as the walk last saw it: "acme=COMPARE globex=COPY". */
    String phases() {
        return String.join(" ", new java.util.TreeMap<>(board.snapshot()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** The instances' names, in the order a {@link ChaosFault#instance()} counts them. */
    java.util.List<String> instanceNames() {
        return instances.all().stream().map(ChildService::name).toList();
    }
}
