package dev.graph2doc.rehearse;

import java.util.List;
import java.util.Map;

/** report.md: the verdict first, then the walk, requests per phase, comparisons, faults, the ledger and the events. */
final class MarkdownReport {

    private final RehearsalReport r;
    private final StringBuilder md = new StringBuilder();

    MarkdownReport(RehearsalReport report) {
        this.r = report;
    }

    String render() {
        md.append("# graph2doc rehearsal\n\n**").append(r.verdict()).append("** Exit code ").append(r.exitCode()).append(".\n\n");
        line("Machine: %s.", r.machine());
        line("Run: %s, mapping %s, %s load for at least %d s at %.0f requests/s per tenant, faults %s, %d graph2doc instance(s), %.0f s in all.",
                r.graph(), r.options().mapping().getFileName(), r.options().graph().mappedLoad() ? "mapping-driven" : "fleet",
                r.options().duration().toSeconds(),
                r.options().rate(), r.options().faultMode().label() + (r.options().chaos() ? " (seed " + r.options().chaosSeed() + ")" : ""),
                r.options().instances(), r.seconds());
        line("%s.", r.stores());
        md.append('\n');
        walk();
        phases();
        comparisons();
        chaos();
        faults();
        ledger();
        md.append("## Events\n\n```\n");
        r.events().forEach(e -> md.append(String.format("[%6.1fs] %-5s %s%s%n", e.second(), e.kind(),
                e.tenant() == null ? "" : e.tenant() + ": ", e.text())));
        md.append("```\n\n## Settings graph2doc ran with\n\n");
        r.serviceSettings().forEach(s -> md.append("- `").append(s).append("`\n"));
        md.append("\nThe chart: `timeline.png` (request rate, latency, mismatch ratio, phase changes and faults).\n");
        return md.toString();
    }

    private void walk() {
        md.append("## Walk\n\n| tenant | final phase | copied documents | copy time | copy throughput | walk |\n|---|---|---:|---:|---:|---|\n");
        for (String tenant : r.tenants()) {
            Walker.WalkResult w = r.walked().get(tenant);
            String failure = r.walkFailures().get(tenant);
            md.append(String.format("| %s | %s | %s | %s | %s | %s |%n", tenant, r.finalPhases().get(tenant),
                    w == null ? "-" : w.copiedDocuments(), w == null ? "-" : String.format("%.1f s", w.copySeconds()),
                    w == null ? "-" : String.format("%.0f documents/s", w.copiedDocuments() / Math.max(0.001, w.copySeconds())),
                    failure == null ? "done" : failure.replace('|', '/')));
        }
        md.append("\nCopy time runs from the copy request to every collection COMPLETE");
        md.append(r.options().faults() ? "; the canary's copy is throttled (to last about 10 s) and includes the kill and restart.\n\n" : ".\n\n");
    }

    private void phases() {
        md.append("## Requests per phase\n\n| phase | writes | reads | failed | write p50 | write p99 | read p50 | read p99 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        r.phaseRows().forEach((phase, row) -> md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s |%n", phase,
                row.get("writes"), row.get("reads"), row.get("failed"), ms(row.get("writeP50Ms")), ms(row.get("writeP99Ms")),
                ms(row.get("readP50Ms")), ms(row.get("readP99Ms")))));
        line("\nTotal: %d requests, %d failed. %d send(s) got no HTTP answer (an instance killed or restarting) and were sent again to another instance; latency counts from the first send.",
                r.requests().requests(), r.requests().failed(), r.unansweredSends());
        r.requests().failureExamples().forEach(f -> md.append("- failed: `").append(f).append("`\n"));
        md.append('\n');
    }

    private void comparisons() {
        md.append("## Shadow comparisons by outcome\n\n| outcome | count |\n|---|---:|\n");
        for (Map.Entry<String, Long> e : r.comparisonOutcomes().entrySet()) {
            md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
        }
        md.append("\nSummed over every instance's `graph2doc_shadow_comparisons_total`; mismatch kinds are ")
                .append(Scrapes.MISMATCH_KINDS).append(".\n\n");
    }

    private void faults() {
        md.append("## Faults\n\n");
        if (r.faults().isEmpty()) {
            md.append("None injected (`--faults off`).\n\n");
            return;
        }
        md.append(r.chaos() == null ? "| fault | tenant | phase | at | lasted | outcome | injected | observed |\n"
                : "| fault | target | phases | at | lasted | outcome | injected | what graph2doc did |\n");
        md.append("|---|---|---|---:|---:|---|---|---|\n");
        for (FaultRecord f : r.faults()) {
            md.append(String.format("| %s | %s | %s | %.1f s | %.1f s | %s | %s | %s |%n", f.name(), f.tenant(), f.phase(),
                    f.atSecond(), f.lastedSeconds(), f.verdict().replace('|', '/'), f.injected().replace('|', '/'),
                    f.observed().replace('|', '/')));
        }
        md.append("\nA fault *not injected* proves nothing either way and is no failure of graph2doc; whether an injected "
                + "fault was survived unaided is reported here, not in the exit code.\n\n");
    }

    private void chaos() {
        if (r.chaos() == null) {
            return;
        }
        md.append("## Chaos\n\n");
        r.chaosCounts().forEach(l -> md.append("- ").append(l).append('\n'));
        line("\nThe schedule (seed %d, %d s of faults, then %d s without; the same seed, duration and instance count give "
                + "the same schedule), each fault's time counted from the start of the walk:\n", r.chaos().schedule().seed(),
                r.chaos().schedule().window().toSeconds(), r.chaos().schedule().settle().toSeconds());
        List<String> names = java.util.stream.IntStream.range(0, r.options().instances())
                .mapToObj(i -> String.valueOf((char) ('a' + i))).toList();
        r.chaos().schedule().faults().forEach(f -> md.append("- ").append(f.describe(names)).append('\n'));
        if (!r.chaos().repairs().isEmpty()) {
            md.append("\nRepairing verifications after corruptions (a repair of more documents than were corrupted would "
                    + "be writes healed by the operator, not by graph2doc):\n\n");
            r.chaos().repairs().forEach((tenant, t) -> line("- %s: %d run(s), mismatched %d, missing %d, repaired %d", tenant,
                    t.runs(), t.mismatched(), t.missing(), t.repaired()));
        }
        md.append("\nA request that failed while the store it needed was down for the instance answering it (its primary "
                + "for a write: Neo4j before UNFORKED, MongoDB at UNFORKED; the serving store for a read), or up to "
                + Outages.GRACE.toSeconds() + " s after, is allowed and counted apart; a 503 `\"fenced\": true` is sent again to "
                + "another instance and counted as a fenced refusal. Any other failure fails the rehearsal.\n\n");
    }

    private void ledger() {
        LedgerCheck.Result l = r.ledger();
        md.append("## Acknowledged writes\n\n");
        line("%d documents written by acknowledged (2xx) requests, %d acknowledged writes in all, checked directly in MongoDB "
                + "(driver, not the API): %d missing or wrong. %d write(s) had an unknown outcome (a 5xx or no answer: "
                + "they may have been applied); %d document(s) hold the value of such a write rather than their last "
                + "acknowledged one, which is allowed.", l.documentsChecked(), l.writesCovered(), l.missing(),
                l.unknownWrites(), l.heldUnknown());
        l.examples().forEach(e -> md.append("- `").append(e).append("`\n"));
        md.append("\n## Final verifications\n\n");
        r.finalVerifications().forEach(v -> md.append("- ").append(v.tenant()).append(": ").append(v.id()).append(", ")
                .append(v.summary()).append('\n'));
        md.append("\nEach tenant's last full verification before UNFORKED (the clean one its gate accepted); after UNFORKED "
                + "Neo4j is no longer written, so the acknowledged-writes check above is the final word on MongoDB.\n\n");
    }

    private static String ms(Object value) {
        return value == null ? "-" : value + " ms";
    }

    private void line(String format, Object... args) {
        md.append(String.format(format, args)).append('\n');
    }
}
