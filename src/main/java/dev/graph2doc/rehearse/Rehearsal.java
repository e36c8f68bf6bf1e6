package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.Mapping;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code graph2doc rehearse}: hosts the stores, seeds the fleet graph (or loads a dataset), runs graph2doc as child processes, drives live
 * load through its API while walking every tenant to UNFORKED (canary first, with the faults), then checks every
 * acknowledged write in MongoDB and writes the report. The exit code is the verdict.
 */
public final class Rehearsal {

    static final Duration COMPARE_DWELL = Duration.ofSeconds(10);
    static final Duration GATE_PATIENCE = Duration.ofSeconds(120);

    private final RehearsalOptions options;
    private final String serviceMain;
    private final PrintStream out;
    private final boolean terminal;

    /** {@code serviceMain}: the class whose {@code main} runs {@code serve}, started once per graph2doc instance. */
    public Rehearsal(RehearsalOptions options, String serviceMain, PrintStream out, boolean terminal) {
        this.options = options;
        this.serviceMain = serviceMain;
        this.out = out;
        this.terminal = terminal;
    }

    /** 0: no failed request, no acknowledged write missing, final verification clean; 1 otherwise (why on stdout). */
    public int run() throws Exception {
        QuietLogs.apply();
        Files.createDirectories(options.report());
        Mapping mapping = options.graph().parse();
        RequestStats stats = new RequestStats();
        Scrapes scrapes = new Scrapes();
        Display display = new Display(out, terminal, options.duration().toSeconds(), stats, scrapes);
        Events events = new Events(Instant.now(), display::event);
        RehearsalReport report;
        try (HostedStores stores = HostedStores.start(System.getenv())) {
            events.add(Events.Kind.INFO, null, stores.describe());
            RehearsalGraph graph = RehearsalGraph.prepare(options, mapping, stores.neo4j(), events);
            Tokens tokens = Tokens.generate(graph.tenants());
            try {
                report = serve(mapping, graph, stores, tokens, stats, scrapes, display, events);
            } finally {
                tokens.delete();
            }
        }
        // the verdict comes after the instances and stores have stopped (seconds), so it is the last thing printed
        display.finish();
        report.summary().forEach(out::println);
        out.println("report: " + options.report().resolve("report.md") + " (also report.json, timeline.png)");
        return report.exitCode();
    }

    private RehearsalReport serve(Mapping mapping, RehearsalGraph graph, HostedStores stores, Tokens tokens,
                                  RequestStats stats, Scrapes scrapes, Display display, Events events) throws Exception {
        List<String> settings = Instances.settings(COMPARE_DWELL);
        try (Instances instances = Instances.start(options.instances(), options.report(), stores::serviceEnvironment,
                tokens, options.mapping().toAbsolutePath(), serviceMain, settings)) {
            events.add(Events.Kind.INFO, null, options.instances() + " graph2doc instance(s) serving: " + instances.uris());
            Run run = new Run(options, mapping, graph, stores, instances, tokens, stats, scrapes, display, events);
            RehearsalReport report = run.execute(settings);
            new ReportWriter(options.report()).write(report);
            events.add(Events.Kind.INFO, null, "finishing: report written; stopping " + options.instances()
                    + " graph2doc instance(s) and the stores");
            return report;
        }
    }
}
