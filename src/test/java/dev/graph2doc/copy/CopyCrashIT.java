package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphSchema;
import dev.graph2doc.testing.TestTokens;
import dev.graph2doc.testing.ServiceProcess;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The service is killed with SIGKILL in the middle of a copy; a new process finishes it from the checkpoints. */
@ExtendWith(StoresExtension.class)
class CopyCrashIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration START = Duration.ofSeconds(60);

    @Test
    void shouldFinishFromTheCheckpointsWithNoMissingAndNoDuplicateDocumentsWhenKilledMidCopy(TestStores stores)
            throws Exception {
        stores.clear();
        FleetSpec spec = new FleetSpec(2, 300, 2, 9L);
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(spec, m -> { });
        Map<String, String> env = env(stores);
        MongoDatabase control = stores.mongo().getDatabase("graph2doc_control");
        MongoCollection<Document> partitions = control.getCollection("copy_partitions");

        try (ServiceProcess first = ServiceProcess.serve(env, START)) {
            post(first, "/migration/copy/throttle", "{\"maxDocumentsPerSecond\":400}");
            post(first, "/migration/copy", "{}");
            awaitCheckpointedButUnfinished(partitions);
            first.kill();
        }
        long checkpointedAtKill = partitions.countDocuments(Filters.and(Filters.ne("checkpoint", null), Filters.eq("done", false)));

        try (ServiceProcess second = ServiceProcess.serve(env, START)) {
            post(second, "/migration/copy/throttle", "{\"maxDocumentsPerSecond\":0}");
            awaitAllPartitionsDone(control, Duration.ofSeconds(90));
        }

        assertThat(checkpointedAtKill).as("killed while a partition was part-way").isPositive();
        Mapping fleet = MappingLoader.load(Path.of("migrations/fleet.yaml"), new Neo4jGraphSchema(stores.neo4j()));
        try (CopyFixture fixture = new CopyFixture(stores, fleet)) {
            fixture.assertMongoEqualsRender(spec.tenantNames());
            for (String tenant : spec.tenantNames()) {
                for (CollectionMapping c : fleet.collections()) {
                    long roots = fixture.graph.countRoots(c, tenant);
                    long copied = partitions.find(Filters.and(Filters.eq("tenant", tenant), Filters.eq("collection", c.name())))
                            .into(new java.util.ArrayList<>()).stream().mapToLong(d -> d.get("copied", Number.class).longValue()).sum();
                    assertThat(copied).as("%s/%s copied once each, resumed not restarted", tenant, c.name()).isEqualTo(roots);
                }
            }
        }
    }

    private static Map<String, String> env(TestStores stores) {
        Map<String, String> env = new java.util.HashMap<>(stores.environment());
        env.putAll(Map.of("GRAPH2DOC_MAPPING", "migrations/fleet.yaml", "GRAPH2DOC_COPY_CHUNK_SIZE", "50",
                "GRAPH2DOC_COPY_PARTITION_SIZE", "200", "GRAPH2DOC_COPY_LEASE", "3s", "GRAPH2DOC_COPY_POLL_INTERVAL", "200ms"));
        return env;
    }

    private static void awaitCheckpointedButUnfinished(MongoCollection<Document> partitions) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (partitions.countDocuments(Filters.and(Filters.ne("checkpoint", null), Filters.eq("done", false))) > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no partition was ever part-way copied");
    }

    /** Done when every planned partition of every plan is marked done. */
    private static void awaitAllPartitionsDone(MongoDatabase control, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            long planned = 0;
            for (Document plan : control.getCollection("copy_plans").find()) {
                planned += plan.getList("partitions", Document.class).size();
            }
            if (planned > 0 && control.getCollection("copy_partitions").countDocuments(Filters.eq("done", true)) == planned) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("copy did not finish after the restart within " + timeout);
    }

    private static void post(ServiceProcess service, String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(TestTokens.request(service.uri(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }
}
