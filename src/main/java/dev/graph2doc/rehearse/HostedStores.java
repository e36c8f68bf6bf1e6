package dev.graph2doc.rehearse;

import com.mongodb.client.MongoClient;
import dev.graph2doc.embedded.EmbeddedNeo4j;
import dev.graph2doc.store.mongo.MongoConnector;
import dev.graph2doc.store.neo4j.Neo4jConnector;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * The stores the rehearsal hosts for graph2doc: embedded Neo4j and a restartable MongoDB-wire server, or the real
 * servers named by NEO4J_URI and MONGODB_URI. graph2doc reaches Neo4j through a {@link LoopbackProxy} (the slow
 * candidate fault); the rehearsal keeps its own driver connections for seeding, corruption and the final check.
 */
final class HostedStores implements AutoCloseable {

    private static final Duration CONNECT = Duration.ofSeconds(10);

    private final EmbeddedNeo4j embeddedNeo4j;
    private final RestartableMongo embeddedMongo;
    private final String neo4jUri;
    private final String mongoUri;
    private final LoopbackProxy neo4jProxy;
    private final Driver neo4j;
    private final MongoClient mongo;

    private HostedStores(EmbeddedNeo4j embeddedNeo4j, RestartableMongo embeddedMongo, String neo4jUri, String mongoUri)
            throws IOException {
        this.embeddedNeo4j = embeddedNeo4j;
        this.embeddedMongo = embeddedMongo;
        this.neo4jUri = neo4jUri;
        this.mongoUri = mongoUri;
        URI bolt = URI.create(neo4jUri);
        this.neo4jProxy = new LoopbackProxy(bolt.getHost(), bolt.getPort());
        this.neo4j = Neo4jConnector.connect(neo4jUri, username(), password(), CONNECT);
        this.mongo = MongoConnector.connect(mongoUri, CONNECT);
    }

    /** Real servers when both URIs are set in the environment, else embedded ones in this process. */
    static HostedStores start(Map<String, String> env) throws IOException {
        String neo4j = env.get("NEO4J_URI");
        String mongo = env.get("MONGODB_URI");
        if (neo4j != null && !neo4j.isBlank() && mongo != null && !mongo.isBlank()) {
            return new HostedStores(null, null, neo4j, mongo);
        }
        EmbeddedNeo4j graph = EmbeddedNeo4j.start(null);
        RestartableMongo documents = new RestartableMongo();
        return new HostedStores(graph, documents, graph.boltUri().toString(), documents.uri());
    }

    boolean embedded() {
        return embeddedMongo != null;
    }

    /** What graph2doc is given: Neo4j through the delaying proxy, MongoDB directly. */
    Map<String, String> serviceEnvironment() {
        return Map.of("NEO4J_URI", "bolt://127.0.0.1:" + neo4jProxy.port(), "MONGODB_URI", mongoUri,
                "NEO4J_USERNAME", username(), "NEO4J_PASSWORD", password() == null ? "" : password());
    }

    String describe() {
        return "stores: neo4j=" + mask(neo4jUri) + " mongodb=" + mask(mongoUri) + (embedded()
                ? " (embedded in the rehearsal: Neo4j engine, restartable mongo-java-server)" : " (external servers)");
    }

    Driver neo4j() {
        return neo4j;
    }

    MongoClient mongo() {
        return mongo;
    }

    LoopbackProxy neo4jProxy() {
        return neo4jProxy;
    }

    /** Null on external servers: the rehearsal does not stop a server it does not own. */
    RestartableMongo restartableMongo() {
        return embeddedMongo;
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
        neo4jProxy.close();
        mongo.close();
        neo4j.close();
        if (embeddedMongo != null) {
            embeddedMongo.close();
        }
        if (embeddedNeo4j != null) {
            embeddedNeo4j.close();
        }
    }
}
