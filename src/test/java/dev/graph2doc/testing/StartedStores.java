package dev.graph2doc.testing;

import com.mongodb.client.MongoClient;
import dev.graph2doc.embedded.EmbeddedMongo;
import dev.graph2doc.embedded.EmbeddedNeo4j;
import dev.graph2doc.store.mongo.MongoConnector;
import dev.graph2doc.store.neo4j.Neo4jConnector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.Driver;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;

/** Stores started for a test run; JUnit closes them when the run ends. */
final class StartedStores implements ExtensionContext.Store.CloseableResource {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TestStores stores;
    private final List<AutoCloseable> resources;

    private StartedStores(TestStores stores, List<AutoCloseable> resources) {
        this.stores = stores;
        this.resources = resources;
    }

    static StartedStores start(StoresMode mode) {
        return mode == StoresMode.CONTAINERS ? containers() : embedded();
    }

    private static StartedStores embedded() {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(null);
        EmbeddedMongo mongo = EmbeddedMongo.start(null);
        return connect("embedded", neo4j.boltUri().toString(), null, mongo.uri().toString(), List.of(mongo, neo4j));
    }

    @SuppressWarnings("resource")
    private static StartedStores containers() {
        Neo4jContainer<?> neo4j = new Neo4jContainer<>(DockerImageName.parse("neo4j:5.26")).withAdminPassword("graph2doc-test");
        MongoDBContainer mongo = new MongoDBContainer(DockerImageName.parse("mongo:7"));
        neo4j.start();
        mongo.start();
        return connect("containers", neo4j.getBoltUrl(), "graph2doc-test", mongo.getReplicaSetUrl("admin"),
                List.of(mongo::stop, neo4j::stop));
    }

    private static StartedStores connect(String kind, String neo4jUri, String password, String mongoUri,
                                         List<AutoCloseable> servers) {
        Driver driver = Neo4jConnector.connect(neo4jUri, "neo4j", password, TIMEOUT);
        MongoClient client = MongoConnector.connect(mongoUri, TIMEOUT);
        List<AutoCloseable> resources = new ArrayList<>(List.of(client, driver));
        resources.addAll(servers);
        return new StartedStores(new TestStores(kind, neo4jUri, password, mongoUri, driver, client), resources);
    }

    TestStores stores() {
        return stores;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }
}
