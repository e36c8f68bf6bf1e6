package dev.graph2doc.rehearse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a rehearsal found, and its verdict: exit 0 only with no failed request (but those that fell while the store
 * they needed was down, which only chaos brings about), no lost write, every tenant UNFORKED after a clean verification.
 * {@code chaos} is null unless {@code --faults chaos}.
 */
record RehearsalReport(RehearsalOptions options, List<String> serviceSettings, String stores, String graph,
                       List<String> tenants,
                       Map<String, String> finalPhases, Map<String, Walker.WalkResult> walked,
                       Map<String, String> walkFailures, RequestStats requests, Map<String, Long> comparisonOutcomes,
                       List<FaultRecord> faults, LedgerCheck.Result ledger, List<VerificationOutcome> finalVerifications,
                       List<Timeline.Point> timeline, List<Events.Event> events, long unansweredSends,
                       ChaosRehearsal.Summary chaos, Map<String, Object> machine) {

    boolean verificationsClean() {
        return !finalVerifications.isEmpty() && finalVerifications.stream().allMatch(VerificationOutcome::clean);
    }

    boolean walkedAll() {
        return walkFailures.isEmpty() && tenants.stream().allMatch(t -> "UNFORKED".equals(finalPhases.get(t)));
    }

    int exitCode() {
        return requests.failedUnexcused() == 0 && ledger.clean() && verificationsClean() && walkedAll() ? 0 : 1;
    }

    /** One sentence: why the rehearsal passed or failed. */
    String verdict() {
        List<String> why = new ArrayList<>();
        if (requests.failedUnexcused() > 0) {
            why.add(requests.failedUnexcused() + " of " + requests.requests() + " requests failed"
                    + (requests.failedWhilePrimaryDown() > 0 ? " (besides " + requests.failedWhilePrimaryDown()
                    + " while the store they needed was down)" : ""));
        }
        if (!ledger.clean()) {
            why.add(ledger.missing() + " acknowledged document(s) are missing or wrong in MongoDB (first: "
                    + (ledger.examples().isEmpty() ? "?" : ledger.examples().get(0)) + ")");
        }
        if (!walkedAll()) {
            why.add("not every tenant reached UNFORKED " + finalPhases);
        }
        finalVerifications.stream().filter(v -> !v.clean())
                .forEach(v -> why.add("the final verification of " + v.tenant() + " is not clean (" + v.summary() + ")"));
        if (why.isEmpty()) {
            return "PASSED: " + requests.requests() + " requests, none failed" + (requests.failedWhilePrimaryDown() > 0
                    ? " but " + requests.failedWhilePrimaryDown() + " while the store they needed was down" : "") + "; "
                    + ledger.documentsChecked()
                    + " acknowledged documents all in MongoDB with their last value; every tenant UNFORKED after a clean verification.";
        }
        return "FAILED: " + String.join("; ", why) + ".";
    }

    List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(verdict());
        if (chaos != null) {
            lines.addAll(chaosCounts());
        }
        walkFailures.forEach((t, why) -> lines.add("walk of " + t + " did not finish: " + why));
        faults.stream().filter(f -> f.outcome() == FaultRecord.Outcome.NOT_SURVIVED)
                .forEach(f -> lines.add("fault '" + f.name() + "' NOT survived unaided: " + f.observed()
                        + (f.note().isEmpty() ? "" : " (" + f.note() + ")")));
        faults.stream().filter(f -> f.outcome() == FaultRecord.Outcome.NOT_INJECTED)
                .forEach(f -> lines.add("fault '" + f.name() + "' " + f.observed() + " (no failure of graph2doc)"));
        return lines;
    }

    /** Chaos only: faults injected per kind, then the request and ledger counts. */
    List<String> chaosCounts() {
        List<String> lines = new ArrayList<>();
        lines.add("chaos seed " + chaos.schedule().seed() + ", " + chaos.faults().size() + " faults scheduled; injected per kind: "
                + String.join(", ", chaos.injectedPerKind().entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).toList()));
        lines.add("requests " + requests.requests() + ", acknowledged writes " + requests.acknowledgedWrites() + ", failed "
                + requests.failed() + " (of which while the store they needed was down " + requests.failedWhilePrimaryDown()
                + ": Neo4j " + requests.failedWhileDown(Outages.Store.NEO4J) + ", MongoDB "
                + requests.failedWhileDown(Outages.Store.MONGODB) + "), fenced refusals " + chaos.fencedRefusals() + " (sent again to another instance); acknowledged documents checked "
                + ledger.documentsChecked() + ", lost " + ledger.missing() + "; writes with an unknown outcome (5xx or no answer) "
                + ledger.unknownWrites() + ", documents holding such a write's value " + ledger.heldUnknown());
        return lines;
    }

    /** Per phase: requests, failures, and latency percentiles in ms. */
    Map<String, Map<String, Object>> phaseRows() {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (String phase : List.of("GRAPH_ONLY", "COPY", "FORK_WRITES", "SWAP_READS", "COMPARE", "UNFORKED")) {
            RequestStats.PerPhase p = requests.perPhase().get(phase);
            if (p == null) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("writes", p.writes.sum());
            row.put("reads", p.reads.sum());
            row.put("failed", p.failed.sum());
            row.put("writeP50Ms", ms(p.writeMicros, 50));
            row.put("writeP99Ms", ms(p.writeMicros, 99));
            row.put("readP50Ms", ms(p.readMicros, 50));
            row.put("readP99Ms", ms(p.readMicros, 99));
            rows.put(phase, row);
        }
        return rows;
    }

    private static Double ms(org.HdrHistogram.Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? null : Math.round(h.getValueAtPercentile(percentile) / 10.0) / 100.0;
    }

    double seconds() {
        return timeline.isEmpty() ? 0 : timeline.get(timeline.size() - 1).second();
    }
}
