package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import dev.graph2doc.cli.RunningService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.rehearse.LoopbackProxy;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.RenderComparison;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** G1 under an outage: MongoDB goes away under a steady write load in FORK_WRITES and comes back, or turns slow. */
@ExtendWith(StoresExtension.class)
class MongoOutageIT {

    private static final String BREAKER_OPEN = "resilience4j_circuitbreaker_state{name=\"mongodb-writes\",state=\"open\"}";

    @Test
    void shouldFailNoRequestOpenTheBreakerAndDrainTheBacklogWhenMongoIsDownForAWhile(TestStores stores) throws Exception {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(2, 20, 1, 5L), m -> { });
        String mongoHost = new ConnectionString(stores.mongoUri()).getHosts().get(0);
        try (LoopbackProxy mongo = new LoopbackProxy(mongoHost.split(":")[0], Integer.parseInt(mongoHost.split(":")[1]));
             RunningService service = RunningService.start(properties(stores, mongo), Optional.empty(), line -> { })) {
            ServiceClient client = new ServiceClient(service.uri());
            client.moveTo(List.of("acme"), "FORK_WRITES");
            WriteOutbox outbox = service.context().getBean(WriteOutbox.class);
            AtomicBoolean opened = new AtomicBoolean();
            service.context().getBean(CircuitBreaker.class).getEventPublisher()
                    .onStateTransition(e -> opened.compareAndSet(false, e.getStateTransition().getToState() == CircuitBreaker.State.OPEN));

            int failed = writeSteadily(client, 0, 40);
            mongo.cut();
            failed += writeSteadily(client, 40, 120);
            long backlogDuringOutage = outbox.backlog("acme").documents();
            Double breakerOpenSeries = client.metric(BREAKER_OPEN);
            mongo.restore();
            failed += writeSteadily(client, 120, 160);
            awaitDrained(outbox);

            assertThat(failed).as("failed requests").isZero();
            assertThat(opened).as("breaker opened during the outage").isTrue();
            assertThat(breakerOpenSeries).as("breaker state exported").isNotNull();
            assertThat(backlogDuringOutage).as("backlog grew during the outage").isPositive();
            var context = service.context();
            new RenderComparison(context.getBean(ActiveMapping.class).get(), context.getBean(GraphStore.class),
                    context.getBean(DocumentStore.class)).assertMongoEqualsRender(List.of("acme"));
        }
    }

    @Test
    void shouldAnswerWithinTheBudgetAndLeaveTheWriteToTheBacklogWhenMongoIsSlow(TestStores stores) throws Exception {
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 5, 1, 5L), m -> { });
        String mongoHost = new ConnectionString(stores.mongoUri()).getHosts().get(0);
        try (LoopbackProxy mongo = new LoopbackProxy(mongoHost.split(":")[0], Integer.parseInt(mongoHost.split(":")[1]));
             RunningService service = RunningService.start(properties(stores, mongo), Optional.empty(), line -> { })) {
            ServiceClient client = new ServiceClient(service.uri());
            client.moveTo(List.of("acme"), "FORK_WRITES");
            assertThat(writeSteadily(client, 0, 5)).isZero();

            mongo.delay(3_000); // every MongoDB reply now arrives 3 s late; the budget is 300 ms
            long began = System.nanoTime();
            HttpResponse<String> answer = client.mutate("acme", "[{\"op\":\"upsertNode\",\"label\":\"Device\","
                    + "\"key\":\"d-000001\",\"properties\":{\"batteryPct\":7}}]");
            long tookMillis = (System.nanoTime() - began) / 1_000_000;
            mongo.delay(0);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"mongodb\":\"backlog\"");
            assertThat(tookMillis).as("answered before the slow MongoDB did (ms)").isLessThan(3_000);
            awaitDrained(service.context().getBean(WriteOutbox.class));
            var context = service.context();
            new RenderComparison(context.getBean(ActiveMapping.class).get(), context.getBean(GraphStore.class),
                    context.getBean(DocumentStore.class)).assertMongoEqualsRender(List.of("acme"));
        }
    }

    private static Map<String, Object> properties(TestStores stores, LoopbackProxy mongo) {
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.putAll(Map.of("micronaut.server.port", 0, "graph2doc.copy.poll-interval", "50ms",
                "mongodb.uri", "mongodb://127.0.0.1:" + mongo.port() + "/?directConnection=true",
                // the control database on a server of its own (here: a connection the cut does not reach), so the
                // outage is the data MongoDB's alone and the instance stays unfenced (on one server it would fence)
                "graph2doc.control.mongodb-uri", stores.mongoUri(),
                "graph2doc.startup.connect-timeout", "2s", "graph2doc.repair.grace", "100ms",
                "graph2doc.write.mongodb.timeout", "300ms", "graph2doc.write.mongodb.breaker.open-for", "1s"));
        return properties;
    }

    /** Bin fill levels and device batteries, request after request; returns how many were not 200. */
    private static int writeSteadily(ServiceClient client, int from, int to) throws Exception {
        int failed = 0;
        for (int i = from; i < to; i++) {
            String device = String.format("d-%06d", i % 20);
            String bin = String.format("b-%06d", i % 13);
            HttpResponse<String> answer = client.mutate("acme", "[{\"op\":\"upsertNode\",\"label\":\"Device\",\"key\":\""
                    + device + "\",\"properties\":{\"batteryPct\":" + i + "}},{\"op\":\"upsertNode\",\"label\":\"Bin\","
                    + "\"key\":\"" + bin + "\",\"properties\":{\"fillLevel\":" + (i / 200.0) + "}}]");
            failed += answer.statusCode() == 200 ? 0 : 1;
        }
        return failed;
    }

    private static void awaitDrained(WriteOutbox outbox) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (outbox.backlog("acme").documents() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(outbox.backlog("acme").documents()).as("backlog drained within 60 s of MongoDB's return").isZero();
    }
}
