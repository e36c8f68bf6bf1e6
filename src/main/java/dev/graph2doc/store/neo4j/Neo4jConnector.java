package dev.graph2doc.store.neo4j;

import dev.graph2doc.store.StoreSettings;
import dev.graph2doc.store.StoreStartupException;
import dev.graph2doc.store.UriMasking;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** Opens a Neo4j driver and proves it works, or explains in one sentence why it cannot. */
public final class Neo4jConnector {

    static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

    private Neo4jConnector() {
    }

    /** The problem with this URI's form, if any; checked before anything connects. */
    public static Optional<String> uriProblem(String uri) {
        String scheme;
        try {
            scheme = URI.create(uri).getScheme();
        } catch (IllegalArgumentException e) {
            return Optional.of(StoreSettings.NEO4J_URI + " = '" + UriMasking.mask(uri) + "' is not a URI ("
                    + e.getMessage() + "); use e.g. bolt://localhost:7687.");
        }
        if (scheme == null || !SCHEMES.contains(scheme.toLowerCase())) {
            return Optional.of(StoreSettings.NEO4J_URI + " = '" + UriMasking.mask(uri) + "' has scheme '" + scheme
                    + "'; use one of " + String.join(", ", SCHEMES.stream().sorted().toList())
                    + " (e.g. bolt://localhost:7687).");
        }
        return Optional.empty();
    }

    public static Driver connect(String uri, String username, String password, Duration timeout) {
        AuthToken auth = password == null || password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(username, password);
        Config config = Config.builder()
                .withConnectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                // a write waiting out a Neo4j outage holds its request: retry transient failures briefly, then answer 503
                .withMaxTransactionRetryTime(Math.min(timeout.toMillis(), 5_000), TimeUnit.MILLISECONDS)
                .withLogging(Logging.slf4j())
                .build();
        Driver driver = GraphDatabase.driver(uri, auth, config);
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new StoreStartupException(StoreSettings.NEO4J_URI + " = '" + UriMasking.mask(uri)
                    + "' refused the credentials of neo4j.username (NEO4J_USERNAME) = '" + username
                    + "': check NEO4J_USERNAME and NEO4J_PASSWORD.");
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StoreStartupException(StoreSettings.NEO4J_URI + " = '" + UriMasking.mask(uri)
                    + "' is unreachable within " + timeout.toSeconds() + "s (" + firstLine(e.getMessage())
                    + "): check host and port, or unset NEO4J_URI and MONGODB_URI to use embedded stores.");
        } catch (RuntimeException e) {
            driver.close();
            throw new StoreStartupException(StoreSettings.NEO4J_URI + " = '" + UriMasking.mask(uri)
                    + "' failed: " + firstLine(e.getMessage()) + ".");
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
