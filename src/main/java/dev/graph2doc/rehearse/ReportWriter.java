package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes report.json, report.md and timeline.png into the report folder. */
final class ReportWriter {

    private final Path folder;

    ReportWriter(Path folder) {
        this.folder = folder;
    }

    void write(RehearsalReport report) throws IOException {
        Files.createDirectories(folder);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(folder.resolve("report.json"), json.writeValueAsString(tree(report)));
        Files.writeString(folder.resolve("report.md"), new MarkdownReport(report).render());
        new TimelineChart(report.timeline(), report.events()).write(folder.resolve("timeline.png"));
    }

    private static Map<String, Object> options(RehearsalReport r) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("tenants", r.options().tenants());
        options.put("devicesPerTenant", r.options().devices());
        options.put("readingsPerDevice", RehearsalGraph.READINGS_PER_DEVICE);
        options.put("durationSeconds", r.options().duration().toSeconds());
        options.put("faults", r.options().faultMode().label());
        options.put("chaosSeed", r.options().chaosSeed());
        options.put("instances", r.options().instances());
        options.put("requestsPerSecondPerTenant", r.options().rate());
        options.put("randomSeed", r.options().randomSeed());
        options.put("mapping", r.options().mapping().toString());
        options.put("dataset", r.options().graph().dataset() == null ? null : r.options().graph().dataset().toString());
        options.put("load", r.options().graph().mappedLoad() ? "mapping" : "fleet");
        options.put("graph", r.graph());
        return options;
    }

    static Map<String, Object> tree(RehearsalReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("exitCode", r.exitCode());
        result.put("verdict", r.verdict());
        result.put("requests", r.requests().requests());
        result.put("failedRequests", r.requests().failed());
        result.put("failedWhileNeededStoreDown", r.requests().failedWhilePrimaryDown());
        result.put("failedWhileNeo4jDown", r.requests().failedWhileDown(Outages.Store.NEO4J));
        result.put("failedWhileMongodbDown", r.requests().failedWhileDown(Outages.Store.MONGODB));
        result.put("acknowledgedWriteRequests", r.requests().acknowledgedWrites());
        result.put("fencedRefusals", r.chaos() == null ? null : r.chaos().fencedRefusals());
        result.put("missingAcknowledgedWrites", r.ledger().missing());
        result.put("unknownOutcomeWrites", r.ledger().unknownWrites());
        result.put("documentsHoldingUnknownOutcome", r.ledger().heldUnknown());
        result.put("finalVerificationsClean", r.verificationsClean());
        root.put("result", result);
        root.put("machine", r.machine());
        root.put("options", options(r));
        root.put("stores", r.stores());
        root.put("serviceSettings", r.serviceSettings());
        root.put("seconds", r.seconds());
        root.put("finalPhases", r.finalPhases());
        root.put("walks", r.walked().values());
        root.put("walkFailures", r.walkFailures());
        root.put("requestsPerPhase", r.phaseRows());
        root.put("unansweredSendsResent", r.unansweredSends());
        root.put("failedRequestExamples", r.requests().failureExamples());
        root.put("comparisonOutcomes", r.comparisonOutcomes());
        root.put("faults", r.faults());
        if (r.chaos() != null) {
            Map<String, Object> chaos = new LinkedHashMap<>();
            chaos.put("seed", r.chaos().schedule().seed());
            chaos.put("windowSeconds", r.chaos().schedule().window().toSeconds());
            chaos.put("settleSeconds", r.chaos().schedule().settle().toSeconds());
            chaos.put("schedule", r.chaos().schedule().faults());
            chaos.put("injectedPerKind", r.chaos().injectedPerKind());
            chaos.put("repairs", r.chaos().repairs());
            root.put("chaos", chaos);
        }
        root.put("acknowledgedWrites", r.ledger());
        root.put("finalVerifications", r.finalVerifications());
        root.put("events", r.events());
        root.put("timeline", r.timeline());
        return root;
    }
}
