package dev.graph2doc.rehearse;

import com.mongodb.client.MongoClient;
import dev.graph2doc.store.mongo.MongoConnector;
import dev.graph2doc.store.neo4j.Neo4jConnector;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.neo4j.driver.Driver;

/**
 * The stores the rehearsal hosts for graph2doc: a restartable Neo4j engine, a restartable MongoDB-wire server for the
 * data and another for the control database (phases, instance registry, copy state), or the real servers named by
 * NEO4J_URI and MONGODB_URI. Each graph2doc instance reaches each store through {@link InstanceProxies} of its own
 * (slow Neo4j, partitions); the rehearsal keeps its own direct connections for seeding, corruption and the final check.
 */
final class HostedStores implements AutoCloseable {

    private static final Duration CONNECT = Duration.ofSeconds(10);

    private final RestartableNeo4j embeddedNeo4j;
    private final RestartableMongo embeddedMongo;
    private final RestartableMongo controlMongo;
    private final String neo4jUri;
    private final String mongoUri;
    private final List<InstanceProxies> proxies = new CopyOnWriteArrayList<>();
    private final Driver neo4j;
    private final MongoClient mongo;

    private HostedStores(RestartableNeo4j embeddedNeo4j, RestartableMongo embeddedMongo, RestartableMongo controlMongo,
                         String neo4jUri, String mongoUri) {
        this.embeddedNeo4j = embeddedNeo4j;
        this.embeddedMongo = embeddedMongo;
        this.controlMongo = controlMongo;
        this.neo4jUri = neo4jUri;
        this.mongoUri = mongoUri;
        this.neo4j = Neo4jConnector.connect(neo4jUri, username(), password(), CONNECT);
        this.mongo = MongoConnector.connect(mongoUri, CONNECT);
    }

    /** Real servers when both URIs are set in the environment, else embedded ones in this process. */
    static HostedStores start(Map<String, String> env) {
        String neo4j = env.get("NEO4J_URI");
        String mongo = env.get("MONGODB_URI");
        if (neo4j != null && !neo4j.isBlank() && mongo != null && !mongo.isBlank()) {
            return new HostedStores(null, null, null, neo4j, mongo);
        }
        RestartableNeo4j graph = new RestartableNeo4j();
        RestartableMongo documents = new RestartableMongo();
        return new HostedStores(graph, documents, new RestartableMongo(), graph.boltUri().toString(), documents.uri());
    }

    boolean embedded() {
        return embeddedMongo != null;
    }

    /** What one graph2doc instance is given: every store through proxies of its own, and the Neo4j credentials. */
    Map<String, String> serviceEnvironment(String instance) throws IOException {
        InstanceProxies own = InstanceProxies.open(instance, neo4jUri, mongoUri,
                controlMongo == null ? null : controlMongo.uri());
        proxies.add(own);
        Map<String, String> env = new HashMap<>(own.environment());
        env.put("NEO4J_USERNAME", username());
        env.put("NEO4J_PASSWORD", password() == null ? "" : password());
        return env;
    }

    String describe() {
        return "stores: neo4j=" + mask(neo4jUri) + " mongodb=" + mask(mongoUri) + (embedded()
                ? " control-mongodb=" + controlMongo.uri() + " (embedded in the rehearsal: Neo4j engine, restartable "
                + "mongo-java-servers; each graph2doc instance reaches each through proxies of its own)"
                : " (external servers; the control database is in that MongoDB)");
    }

    Driver neo4j() {
        return neo4j;
    }

    MongoClient mongo() {
        return mongo;
    }

    /** The proxies of the named instance. */
    InstanceProxies proxiesOf(String instance) {
        return proxies.stream().filter(p -> p.instance().equals(instance)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no proxies for instance " + instance + "; instances: "
                        + proxies.stream().map(InstanceProxies::instance).toList()));
    }

    /** Every instance's Neo4j proxy holds each packet {@code millis} (0: none): a slow Neo4j for all of them. */
    void delayNeo4j(long millis) {
        proxies.forEach(p -> p.neo4j().delay(millis));
    }

    /** Null on external servers: the rehearsal does not stop a server it does not own. */
    RestartableMongo restartableMongo() {
        return embeddedMongo;
    }

    /** Null on external servers. */
    RestartableNeo4j restartableNeo4j() {
        return embeddedNeo4j;
    }

    private static String username() {
        return System.getenv().getOrDefault("NEO4J_USERNAME", "neo4j");
    }

    private static String password() {
        return System.getenv("NEO4J_PASSWORD");
    }

    private static String mask(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }

    @Override
    public void close() throws IOException {
        for (InstanceProxies p : proxies) {
            p.close();
        }
        mongo.close();
        neo4j.close();
        if (embeddedMongo != null) {
            embeddedMongo.close();
            controlMongo.close();
        }
        if (embeddedNeo4j != null) {
            embeddedNeo4j.close();
        }
    }
}
