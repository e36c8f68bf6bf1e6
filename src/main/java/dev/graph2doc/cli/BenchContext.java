package dev.graph2doc.cli;

import com.mongodb.client.MongoClient;
import dev.graph2doc.store.StoreSettings;
import dev.graph2doc.store.mongo.MongoConnector;
import dev.graph2doc.wiring.StoreConnections;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A benchmark's application context, with a control database of its own run's: on real servers a second run must
 * not find the first one's phases and copy states (it would skip its copy and measure reads of missing documents),
 * so each run names its own and drops it once the context, whose workers write into it, has stopped.
 */
final class BenchContext {

    interface Body {
        void run(ApplicationContext context, StoreConnections stores) throws Exception;
    }

    private BenchContext() {
    }

    static void run(String bench, Map<String, Object> properties, Body body) throws Exception {
        String control = "bench_" + bench + "_control_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> all = new HashMap<>(properties);
        all.put("graph2doc.control.database", control);
        StoreSettings settings = null;
        try (ApplicationContext context = ApplicationContexts.start(all)) {
            settings = context.getBean(StoreSettings.class);
            StoreConnections stores = context.getBean(StoreConnections.class);
            System.out.println(stores.describe() + ", control database " + control);
            body.run(context, stores);
        } finally {
            if (settings != null && !settings.embedded()) {
                drop(settings, control);
            }
        }
    }

    private static void drop(StoreSettings settings, String database) {
        try (MongoClient mongo = MongoConnector.connect(settings.mongoUri(), settings.connectTimeout())) {
            mongo.getDatabase(database).drop();
        }
    }
}
