package dev.graph2doc.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.deploy.PromQlNames;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drives tenant acme through every phase on a running service, scraping {@code /prometheus} at each step, as the
 * dashboard would see it: every metric of issue 8 appears, with values that move as the migration does. The last
 * scrape is then the reference for the dashboard's and the alerts' PromQL.
 */
@ExtendWith(StoresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityIT {

    /** Every metric the issue names, as sample names: histograms by their buckets. */
    static final List<String> ISSUE_METRICS = List.of("graph2doc_phase", "graph2doc_phase_transitions_total",
            "graph2doc_copy_documents_total", "graph2doc_copy_remaining_documents", "graph2doc_copy_batch_seconds_bucket",
            "graph2doc_writes_total", "graph2doc_write_seconds_bucket", "graph2doc_repair_backlog_documents",
            "graph2doc_repair_backlog_oldest_seconds", "graph2doc_repairs_total", "resilience4j_circuitbreaker_state",
            "graph2doc_reads_total", "graph2doc_read_seconds_bucket", "graph2doc_shadow_comparisons_total",
            "graph2doc_shadow_mismatches_total", "graph2doc_verification_documents_total");

    private static final FleetSpec SPEC = new FleetSpec(2, 8, 1, 11L);

    private TestStores stores;
    private RunningService service;
    private ServiceClient client;
    private Scrape last;
    private Throwable walkFailed;

    @BeforeAll
    void start(TestStores stores) throws Exception {
        this.stores = stores;
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(SPEC, m -> { });
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, "graph2doc.copy.poll-interval", "50ms",
                "graph2doc.metrics.copy-refresh", "100ms", "graph2doc.metrics.backlog-refresh", "100ms",
                "graph2doc.metrics.phase-refresh", "100ms", "graph2doc.repair.grace", "100ms",
                "graph2doc.read.compare.sample-ratio.fork-writes", 1.0,
                "graph2doc.read.compare.sample-ratio.swap-reads", 1.0, "graph2doc.read.compare.recheck-delay", "50ms",
                "graph2doc.verify.poll-interval", "50ms"));
        properties.put("graph2doc.phase.auto-step-back.enabled", false); // the corruption below must not move acme
        service = RunningService.start(properties, Optional.empty(), line -> { });
        client = new ServiceClient(service.uri());
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void shouldExportEveryIssueMetricMovingAsTheMigrationMovesWhenDrivenThroughAllPhases() throws Exception {
        assertThat(finalScrape().names()).containsAll(ISSUE_METRICS);
    }

    /** The walk, asserting at every step; it runs once, for whichever test JUnit runs first. */
    private void walk() throws Exception {
        Scrape start = await("both tenants shown in GRAPH_ONLY", s -> s.sum("graph2doc_phase", "phase", "GRAPH_ONLY") == 2);
        assertThat(start.sum("graph2doc_phase", "tenant", "acme")).as("one phase at a time").isEqualTo(1);
        assertThat(start.count("graph2doc_phase", "tenant", "acme")).as("a series per phase").isEqualTo(6);

        move("COPY");
        assertThat(write("copy-time").statusCode()).isEqualTo(200);
        await("the write captured during COPY repaired into MongoDB",
                s -> s.sum("graph2doc_repairs_total", "tenant", "acme", "outcome", "repaired") >= 1);
        client.post("/migration/copy", "{\"tenants\":[\"acme\"]}");
        client.awaitCopied(List.of("acme"));
        Map<String, Long> totals = copyTotals();
        Scrape copied = await("every collection's remaining count down to 0",
                s -> s.count("graph2doc_copy_remaining_documents", "tenant", "acme") == totals.size()
                        && s.sum("graph2doc_copy_remaining_documents", "tenant", "acme") == 0);
        totals.forEach((collection, total) -> assertThat(copied.sum("graph2doc_copy_documents_total", "tenant", "acme",
                "collection", collection)).as("copied %s", collection).isEqualTo(total.doubleValue()));
        assertThat(copied.sum("graph2doc_copy_batch_seconds_count")).isPositive();
        assertThat(copied.sum("graph2doc_repair_backlog_documents", "tenant", "acme")).isZero();

        move("FORK_WRITES");
        assertThat(write("forked").statusCode()).isEqualTo(200);
        read("d-000002");
        Scrape forked = await("a matching shadow read of Neo4j's answer",
                s -> s.sum("graph2doc_shadow_comparisons_total", "tenant", "acme", "result", "match") >= 1);
        assertThat(forked.sum("graph2doc_writes_total", "tenant", "acme", "store", "mongodb", "outcome", "ok")).isPositive();
        assertThat(forked.sum("graph2doc_writes_total", "tenant", "acme", "store", "neo4j", "outcome", "ok")).isPositive();
        assertThat(forked.sum("graph2doc_write_seconds_count", "store", "mongodb")).isPositive();
        assertThat(forked.sum("graph2doc_reads_total", "tenant", "acme", "store", "neo4j")).isEqualTo(1);
        assertThat(forked.sum("resilience4j_circuitbreaker_state", "name", "mongodb-writes", "state", "closed"))
                .isEqualTo(1);

        move("SWAP_READS");
        read("d-000002");
        assertThat(scrape().sum("graph2doc_reads_total", "tenant", "acme", "store", "mongodb")).isEqualTo(1);

        move("COMPARE");
        double fieldBefore = scrape().sum("graph2doc_shadow_mismatches_total", "tenant", "acme", "kind", "field");
        stores.mongo().getDatabase("fleet_acme").getCollection("devices")
                .updateOne(new Document("_id", "d-000003"), new Document("$set", new Document("model", "corrupted")));
        read("d-000003");
        Scrape compared = await("the corrupted document counted as a field mismatch",
                s -> s.sum("graph2doc_shadow_mismatches_total", "tenant", "acme", "kind", "field") == fieldBefore + 1);
        assertThat(compared.sum("graph2doc_shadow_comparisons_total", "tenant", "acme", "collection", "devices",
                "result", "mismatch")).isEqualTo(1);
        assertThat(compared.sum("graph2doc_shadow_mismatches_total", "tenant", "acme")).isEqualTo(1);

        verify("{\"tenants\":[\"acme\"],\"repair\":true}");
        Scrape verified = await("the verifier's findings counted",
                s -> s.sum("graph2doc_verification_documents_total", "tenant", "acme", "result", "mismatched") == 1);
        assertThat(verified.sum("graph2doc_verification_documents_total", "tenant", "acme", "collection", "devices",
                "result", "matched")).isEqualTo(totals.get("devices") - 1);
        verify("{\"tenants\":[\"acme\"]}");

        move("UNFORKED");
        assertThat(write("unforked").statusCode()).isEqualTo(200);
        last = await("acme shown UNFORKED", s -> s.sum("graph2doc_phase", "tenant", "acme", "phase", "UNFORKED") == 1);
        assertThat(last.sum("graph2doc_phase", "tenant", "acme")).isEqualTo(1);
        assertThat(last.sum("graph2doc_phase", "tenant", "globex", "phase", "GRAPH_ONLY")).isEqualTo(1);
        for (String[] step : new String[][] {{"GRAPH_ONLY", "COPY"}, {"COPY", "FORK_WRITES"},
                {"FORK_WRITES", "SWAP_READS"}, {"SWAP_READS", "COMPARE"}, {"COMPARE", "UNFORKED"}}) {
            assertThat(last.sum("graph2doc_phase_transitions_total", "tenant", "acme", "from", step[0], "to", step[1],
                    "automatic", "false")).as("%s -> %s", step[0], step[1]).isEqualTo(1);
        }
    }

    @Test
    void shouldLabelEveryIssueMetricWithTheIssuesLowCardinalityLabels() throws Exception {
        Scrape s = finalScrape();
        Map<String, Set<String>> expected = Map.ofEntries(
                Map.entry("graph2doc_phase", Set.of("tenant", "phase")),
                Map.entry("graph2doc_phase_transitions_total", Set.of("tenant", "from", "to", "automatic")),
                Map.entry("graph2doc_copy_documents_total", Set.of("tenant", "collection")),
                Map.entry("graph2doc_copy_remaining_documents", Set.of("tenant", "collection")),
                Map.entry("graph2doc_copy_batch_seconds_bucket", Set.of("le")),
                Map.entry("graph2doc_writes_total", Set.of("tenant", "store", "outcome")),
                Map.entry("graph2doc_write_seconds_bucket", Set.of("store", "le")),
                Map.entry("graph2doc_repair_backlog_documents", Set.of("tenant")),
                Map.entry("graph2doc_repair_backlog_oldest_seconds", Set.of("tenant")),
                Map.entry("graph2doc_repairs_total", Set.of("tenant", "outcome")),
                Map.entry("graph2doc_reads_total", Set.of("tenant", "store")),
                Map.entry("graph2doc_read_seconds_bucket", Set.of("store", "le")),
                Map.entry("graph2doc_shadow_comparisons_total", Set.of("tenant", "collection", "result")),
                Map.entry("graph2doc_shadow_mismatches_total", Set.of("tenant", "collection", "kind")),
                Map.entry("graph2doc_verification_documents_total", Set.of("tenant", "collection", "result")));
        expected.forEach((name, labels) -> assertThat(s.labelsOf(name)).as(name).isEqualTo(new TreeSet<>(labels)));
    }

    @Test
    void shouldQueryOnlyExportedMetricsInEveryDashboardPanelAndAlertRule() throws Exception {
        Set<String> exported = finalScrape().names();
        Map<String, Set<String>> used = PromQlNames.usedBy(Path.of("config"));
        assertThat(used).as("expressions found under config/").isNotEmpty();
        used.forEach((where, names) -> assertThat(exported).as("metrics of %s", where).containsAll(names));
        Set<String> all = new TreeSet<>();
        used.values().forEach(all::addAll);
        assertThat(all).as("the dashboard and alerts use every metric of the issue").containsAll(ISSUE_METRICS);
    }

    /** The scrape after the walk through all phases. */
    private Scrape finalScrape() throws Exception {
        if (walkFailed != null) {
            throw new AssertionError("the walk through the phases failed", walkFailed);
        }
        if (last == null) {
            try {
                walk();
            } catch (Exception | AssertionError e) {
                walkFailed = e;
                throw e;
            }
        }
        return last;
    }

    private void move(String phase) throws Exception {
        HttpResponse<String> moved = client.post("/migration/transitions", "{\"to\":\"" + phase
                + "\",\"tenants\":[\"acme\"],\"force\":true,\"reason\":\"observability walk\",\"confirm\":\"acme\"}");
        assertThat(moved.statusCode()).as("move acme to %s: %s", phase, moved.body()).isEqualTo(200);
    }

    private HttpResponse<String> write(String model) throws Exception {
        return client.mutate("acme", "[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\"d-000001\","
                + "\"properties\":{\"model\":\"" + model + "\"}}]");
    }

    private void read(String device) throws Exception {
        HttpResponse<String> answer = client.get("/v1/tenants/acme/collections/devices/" + device);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private void verify(String request) throws Exception {
        HttpResponse<String> started = client.post("/migration/verifications", request);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = ServiceClient.JSON.readTree(started.body()).get("id").asText();
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode run = null;
        while (Instant.now().isBefore(deadline)) {
            run = ServiceClient.JSON.readTree(client.get("/migration/verifications/" + id).body());
            if (!run.get("state").asText().equals("RUNNING")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(run.get("state").asText()).as(String.valueOf(run)).isEqualTo("DONE");
    }

    /** The roots of each of acme's collections, as the copy counted them in the graph before it began. */
    private Map<String, Long> copyTotals() throws Exception {
        Map<String, Long> totals = new HashMap<>();
        for (JsonNode c : ServiceClient.JSON.readTree(client.get("/migration/copy").body()).get("collections")) {
            if (c.get("tenant").asText().equals("acme")) {
                assertThat(c.get("done").asLong()).as(c.toString()).isEqualTo(c.get("total").asLong());
                totals.put(c.get("collection").asText(), c.get("total").asLong());
            }
        }
        assertThat(totals).isNotEmpty();
        return totals;
    }

    private Scrape scrape() throws Exception {
        return Scrape.parse(client.get("/prometheus").body());
    }

    /** Scrapes until the condition holds (gauges refresh on a schedule, comparisons run off the request path). */
    private Scrape await(String what, Predicate<Scrape> condition) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        Scrape s = scrape();
        while (!condition.test(s)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 60 s: " + what + "\n" + String.join("\n", s.names()));
            }
            Thread.sleep(100);
            s = scrape();
        }
        return s;
    }
}
