package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.Mapping;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One rehearsal with its stores and instances up: load, walk, faults, end checks. */
final class Run {

    /** Load after the walk, whatever --duration says: writes MongoDB alone takes (UNFORKED) are checked too. */
    static final Duration UNFORKED_LOAD = Duration.ofSeconds(5);

    private final RehearsalOptions options;
    private final Mapping mapping;
    private final RehearsalGraph graph;
    private final List<String> tenants;
    private final HostedStores stores;
    private final Instances instances;
    private final Tokens tokens;
    private final RequestStats stats;
    private final Scrapes scrapes;
    private final Display display;
    private final Events events;
    private final PhaseBoard board;
    private final Operator operator;
    private final Map<String, Walker.WalkResult> walked = new LinkedHashMap<>();
    private final Map<String, String> walkFailures = new LinkedHashMap<>();

    Run(RehearsalOptions options, Mapping mapping, RehearsalGraph graph, HostedStores stores, Instances instances,
        Tokens tokens, RequestStats stats, Scrapes scrapes, Display display, Events events) {
        this.options = options;
        this.mapping = mapping;
        this.graph = graph;
        this.tenants = graph.tenants();
        this.stores = stores;
        this.instances = instances;
        this.tokens = tokens;
        this.stats = stats;
        this.scrapes = scrapes;
        this.display = display;
        this.events = events;
        this.board = new PhaseBoard(tenants);
        this.operator = new Operator(new ApiClient(instances::uris), tokens.operator(), board, events);
    }

    RehearsalReport execute(List<String> settings) throws Exception {
        Timeline timeline = new Timeline();
        Ledger ledger = new Ledger();
        ApiClient data = new ApiClient(instances::uris);
        Outages outages = new Outages(System::nanoTime);
        Workload workload = graph.workload(new Traffic(data, tokens, board, stats, outages, ledger, events.start()), ledger);
        Faults faults = options.faults() ? new Faults(stores, instances, operator, scrapes, stats, events, mapping,
                workload) : null;
        ChaosRehearsal.Summary chaos = null;
        Instant loadStart = Instant.now();
        try (Monitor monitor = new Monitor(stats, scrapes, instances::uris, tokens.operator(), board,
                mapping.collections().size(), timeline, events,
                display::sample)) {
            LoadGenerator load = new LoadGenerator(workload, tenants, options.rate(), options.randomSeed());
            load.start();
            events.add(Events.Kind.INFO, null, "load started: " + options.rate() + " requests/s per tenant");
            new WarmUp(stats, events).await(ledger, timeline);
            chaos = walk(faults, data, outages, workload);
            sleepUntil(latest(loadStart.plus(options.duration()), Instant.now().plus(UNFORKED_LOAD)));
            load.close();
            events.add(Events.Kind.INFO, null, "load stopped after " + Duration.between(loadStart, Instant.now()).toSeconds() + " s");
            events.add(Events.Kind.INFO, null, "finishing: draining backlog, checking acknowledged writes, then stopping instances");
            awaitDrained();
            monitor.sample();
        }
        events.add(Events.Kind.INFO, null, "checking " + ledger.snapshot().size() + " acknowledged documents in MongoDB");
        LedgerCheck.Result ledgerResult = new LedgerCheck(stores.mongo(), mapping).check(ledger);
        return new RehearsalReport(options, settings, stores.describe(), graph.describe(), tenants, board.snapshot(), walked, walkFailures,
                stats, scrapes.outcomes(), chaos != null ? chaos.faults() : faults == null ? List.of() : faults.records(),
                ledgerResult, finalVerifications(), timeline.points(), events.all(), data.unansweredSends(), chaos,
                Machine.describe());
    }

    /** The walk: under the chaos nemesis (its summary), or canary first with the fixed faults or none (null). */
    private ChaosRehearsal.Summary walk(Faults faults, ApiClient data, Outages outages, Workload workload)
            throws InterruptedException {
        if (!options.chaos()) {
            new CanaryWalk(options, graph, operator, board, events, mapping.collections().size(), walked, walkFailures)
                    .walkAll(faults);
            return null;
        }
        ChaosSchedule schedule = ChaosSchedule.of(options.chaosSeed(), options.duration(), options.instances());
        return new ChaosRehearsal(ChaosContext.of(schedule, stores, instances, board, operator, scrapes, stats, data,
                events, outages, mapping, workload), mapping.collections().size()).run(walked, walkFailures);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long wait = Duration.between(Instant.now(), when).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    /** After the load: every write's MongoDB half is in (a tenant that did not reach UNFORKED may still have backlog). */
    private void awaitDrained() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        for (String tenant : tenants) {
            while (Instant.now().isBefore(deadline) && new MigrationStatus(operator).backlog(tenant) != 0) {
                Thread.sleep(500);
            }
        }
    }

    /** Per tenant: the clean verification its UNFORKED gate took; for a tenant that did not get there, one run now. */
    private List<VerificationOutcome> finalVerifications() throws InterruptedException {
        List<VerificationOutcome> outcomes = new ArrayList<>();
        for (String tenant : tenants) {
            Walker.WalkResult result = walked.get(tenant);
            if (result != null && result.verification() != null) {
                outcomes.add(result.verification());
                continue;
            }
            try {
                outcomes.add(VerificationOutcome.of(tenant, operator.verify(tenant, false, Rehearsal.GATE_PATIENCE)));
            } catch (Operator.WalkFailed e) {
                outcomes.add(new VerificationOutcome(tenant, "-", "FAILED: " + e.getMessage(), 0, 0, 0, 0, 0, 0, 0));
            }
        }
        return outcomes;
    }
}
