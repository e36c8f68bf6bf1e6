package dev.graph2doc.wiring;

import com.mongodb.client.MongoClient;
import dev.graph2doc.embedded.EmbeddedMongo;
import dev.graph2doc.embedded.EmbeddedNeo4j;
import dev.graph2doc.store.StoreSettings;
import dev.graph2doc.store.StoreStartupException;
import dev.graph2doc.store.UriMasking;
import dev.graph2doc.store.mongo.MongoConnection;
import dev.graph2doc.store.mongo.MongoConnector;
import dev.graph2doc.store.neo4j.Neo4jConnection;
import dev.graph2doc.store.neo4j.Neo4jConnector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;

/**
 * The two live connections graph2doc works through — real drivers, whether the servers are embedded in
 * this process or remote — and the embedded servers it owns, if any. Closing it closes all of them.
 */
public final class StoreConnections implements AutoCloseable, Neo4jConnection, MongoConnection {

    private final Driver neo4j;
    private final MongoClient mongo;
    private final String neo4jUri;
    private final String mongoUri;
    private final String origin;
    private final List<AutoCloseable> owned;

    private StoreConnections(Driver neo4j, MongoClient mongo, String neo4jUri, String mongoUri, String origin,
                             List<AutoCloseable> owned) {
        this.neo4j = neo4j;
        this.mongo = mongo;
        this.neo4jUri = neo4jUri;
        this.mongoUri = mongoUri;
        this.origin = origin;
        this.owned = owned;
    }

    /** Validates the settings, starts embedded servers if none are configured, connects and pings both. */
    public static StoreConnections open(StoreSettings settings) {
        List<String> problems = new ArrayList<>(settings.problems());
        if (problems.isEmpty() && !settings.embedded()) {
            Neo4jConnector.uriProblem(settings.neo4jUri()).ifPresent(problems::add);
            MongoConnector.uriProblem(settings.mongoUri()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new StoreStartupException(problems);
        }
        return settings.embedded() ? openEmbedded(settings) : openExternal(settings);
    }

    private static StoreConnections openExternal(StoreSettings s) {
        Pair<Driver, MongoClient> drivers = both(
                () -> Neo4jConnector.connect(s.neo4jUri(), s.neo4jUsername(), s.neo4jPassword(), s.connectTimeout()),
                () -> MongoConnector.connect(s.mongoUri(), s.connectTimeout()));
        return new StoreConnections(drivers.first(), drivers.second(), s.neo4jUri(), s.mongoUri(), "external",
                List.of(drivers.second(), drivers.first()));
    }

    private static StoreConnections openEmbedded(StoreSettings s) {
        Path data = s.dataPath();
        Pair<EmbeddedNeo4j, EmbeddedMongo> servers = both(
                () -> startNeo4j(data),
                () -> EmbeddedMongo.start(data == null ? null : data.resolve("mongo").resolve("graph2doc.mv")));
        String neo4jUri = servers.first().boltUri().toString();
        String mongoUri = servers.second().uri().toString();
        Driver driver = Neo4jConnector.connect(neo4jUri, "neo4j", null, s.connectTimeout());
        MongoClient client = MongoConnector.connect(mongoUri, s.connectTimeout());
        String origin = data == null ? "embedded" : "embedded, data in " + data;
        return new StoreConnections(driver, client, neo4jUri, mongoUri, origin,
                List.of(client, driver, servers.second(), servers.first()));
    }

    private static EmbeddedNeo4j startNeo4j(Path data) {
        Path home = data == null ? null : data.resolve("neo4j");
        try {
            return EmbeddedNeo4j.start(home);
        } catch (RuntimeException e) {
            throw new StoreStartupException("The embedded Neo4j could not start"
                    + (home == null ? "" : " in graph2doc.embedded.data-dir = '" + data + "'") + ": "
                    + rootMessage(e) + ". If another graph2doc uses that folder, stop it or pick another folder.");
        }
    }

    @Override
    public Driver neo4j() {
        return neo4j;
    }

    @Override
    public MongoClient mongo() {
        return mongo;
    }

    @Override
    public String neo4jUri() {
        return UriMasking.mask(neo4jUri);
    }

    @Override
    public String mongoUri() {
        return UriMasking.mask(mongoUri);
    }

    @Override
    public boolean embedded() {
        return origin.startsWith("embedded");
    }

    /** The one log line that says which stores this process uses. */
    public String describe() {
        return "stores: neo4j=" + neo4jUri() + " (" + origin + ") mongodb=" + mongoUri() + " (" + origin + ")";
    }

    @Override
    public void close() {
        for (AutoCloseable resource : owned) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // keep closing the rest: a half-closed set of stores would leak ports and file locks
            }
        }
    }

    record Pair<A, B>(A first, B second) {
    }

    /** Runs both in parallel so start-up takes the slower of the two, and reports both failures at once. */
    private static <A extends AutoCloseable, B extends AutoCloseable> Pair<A, B> both(Supplier<A> a, Supplier<B> b) {
        CompletableFuture<A> fa = CompletableFuture.supplyAsync(a);
        CompletableFuture<B> fb = CompletableFuture.supplyAsync(b);
        List<String> problems = new ArrayList<>();
        A first = join(fa, problems).orElse(null);
        B second = join(fb, problems).orElse(null);
        if (problems.isEmpty()) {
            return new Pair<>(first, second);
        }
        closeQuietly(first);
        closeQuietly(second);
        throw new StoreStartupException(problems);
    }

    private static <T> Optional<T> join(CompletableFuture<T> future, List<String> problems) {
        try {
            return Optional.of(future.join());
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StoreStartupException s) {
                problems.addAll(s.problems());
            } else {
                problems.add(rootMessage(cause));
            }
            return Optional.empty();
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception ignored) {
            // start-up already failed; the original problem is the one to report
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
