package dev.graph2doc.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.cli.RunningService;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/**
 * Two instances started at the same instant on an empty Neo4j both prepare the schema: concurrent schema changes
 * take exclusive label locks, and once failed one start with a deadlock that nothing retried.
 */
@ExtendWith(StoresExtension.class)
class ConcurrentSchemaPreparationIT {

    private static final int ROUNDS = 10;

    @Test
    void shouldStartBothInstancesWhenTheyPrepareTheSchemaOfAnEmptyNeo4jAtTheSameInstant(TestStores stores) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                stores.clear();
                stores.dropSchema();
                List<String> failures = startTogether(stores, pool, List.of("a-" + round, "b-" + round));
                assertThat(failures).as("start-up failures in round %d of %d", round, ROUNDS).isEmpty();
                assertThat(keyConstraints(stores)).as("key constraints after round %d", round).isNotEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts one instance per id, all released by one latch, stops those that came up; the failures, one line each. */
    private static List<String> startTogether(TestStores stores, ExecutorService pool, List<String> ids) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RunningService>> starts = new ArrayList<>();
        for (String id : ids) {
            starts.add(pool.submit(() -> {
                go.await();
                return RunningService.start(properties(stores, id), Optional.empty(), line -> { });
            }));
        }
        go.countDown();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            try (RunningService started = starts.get(i).get()) {
                assertThat(started.port()).isPositive();
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(ids.get(i) + ": " + e.getCause());
            }
        }
        return failures;
    }

    private static List<String> keyConstraints(TestStores stores) {
        try (Session session = stores.neo4j().session()) {
            return session.run("SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'g2d_unique_' RETURN name")
                    .list(r -> r.get(0).asString());
        }
    }

    private static Map<String, Object> properties(TestStores stores, String id) {
        Map<String, Object> p = new HashMap<>(stores.properties());
        p.putAll(Map.of("micronaut.server.port", 0, "graph2doc.instance-id", id));
        return p;
    }
}
