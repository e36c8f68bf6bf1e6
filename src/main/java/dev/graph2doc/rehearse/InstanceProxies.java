package dev.graph2doc.rehearse;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * One graph2doc instance's own ways to the stores: a {@link LoopbackProxy} to Neo4j, one to the data MongoDB and, when
 * the rehearsal hosts a separate control MongoDB, one to that. Cutting them partitions this instance alone from a
 * store (a real partition: its connections drop and new ones are refused) while every other instance keeps it;
 * "partitioned from MongoDB" cuts data and control together, as one network link would.
 */
final class InstanceProxies implements AutoCloseable {

    private final String instance;
    private final LoopbackProxy neo4j;
    private final LoopbackProxy mongo;
    private final LoopbackProxy control;
    private final String mongoUri;
    private final String controlUri;

    private InstanceProxies(String instance, LoopbackProxy neo4j, LoopbackProxy mongo, LoopbackProxy control,
                            String mongoUri, String controlUri) {
        this.instance = instance;
        this.neo4j = neo4j;
        this.mongo = mongo;
        this.control = control;
        this.mongoUri = mongoUri;
        this.controlUri = controlUri;
    }

    /** Proxies to the stores at these URIs; {@code controlUri} null: the control database is in the data MongoDB. */
    static InstanceProxies open(String instance, String neo4jUri, String mongoUri, String controlUri) throws IOException {
        return new InstanceProxies(instance, to(neo4jUri, 7687), to(mongoUri, 27017),
                controlUri == null ? null : to(controlUri, 27017), mongoUri, controlUri);
    }

    private static LoopbackProxy to(String uri, int defaultPort) throws IOException {
        URI parsed = URI.create(uri);
        if (parsed.getHost() == null || uri.startsWith("mongodb+srv:")) {
            throw new IllegalArgumentException("rehearse puts a proxy between each graph2doc instance and each store, and "
                    + "cannot do so for '" + uri.replaceAll("//[^@/]*@", "//***@") + "' (several hosts, or an SRV name): "
                    + "give the URI of one server");
        }
        return new LoopbackProxy(parsed.getHost(), parsed.getPort() == -1 ? defaultPort : parsed.getPort());
    }

    /** The same URI (user, database, options kept) with its host and port replaced by the proxy's. */
    static String through(String uri, LoopbackProxy proxy) {
        URI parsed = URI.create(uri);
        String authority = (parsed.getRawUserInfo() == null ? "" : parsed.getRawUserInfo() + "@") + "127.0.0.1:" + proxy.port();
        return parsed.getScheme() + "://" + authority + (parsed.getRawPath() == null ? "" : parsed.getRawPath())
                + (parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery());
    }

    String instance() {
        return instance;
    }

    /** NEO4J_URI, MONGODB_URI and (with a separate control server) GRAPH2DOC_CONTROL_MONGODB_URI through these proxies. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("NEO4J_URI", "bolt://127.0.0.1:" + neo4j.port());
        env.put("MONGODB_URI", through(mongoUri, mongo));
        if (control != null) {
            env.put("GRAPH2DOC_CONTROL_MONGODB_URI", through(controlUri, control));
        }
        return env;
    }

    LoopbackProxy neo4j() {
        return neo4j;
    }

    void cutNeo4j() {
        neo4j.cut();
    }

    void restoreNeo4j() {
        neo4j.restore();
    }

    /** Data and control MongoDB together: the instance's link to MongoDB is gone. */
    void cutMongo() {
        mongo.cut();
        if (control != null) {
            control.cut();
        }
    }

    void restoreMongo() {
        mongo.restore();
        if (control != null) {
            control.restore();
        }
    }

    /** Every packet to and from MongoDB (data and control) waits {@code millis} (0: none). */
    void delayMongo(long millis) {
        mongo.delay(millis);
        if (control != null) {
            control.delay(millis);
        }
    }

    @Override
    public void close() throws IOException {
        neo4j.close();
        mongo.close();
        if (control != null) {
            control.close();
        }
    }
}
