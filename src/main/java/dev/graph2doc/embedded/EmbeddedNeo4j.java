package dev.graph2doc.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A real Neo4j engine in this process, reachable over Bolt on a free loopback port.
 *
 * <p>Built on the engine's own management-service builder (shipped with neo4j-harness) rather than the
 * harness' builder, because the harness always works in a fresh random folder and we need a fixed one
 * when persistence is asked for.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;

    private final DatabaseManagementService dbms;
    private final URI boltUri;
    private final Path home;
    private final boolean temporary;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, Path home, boolean temporary) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.home = home;
        this.temporary = temporary;
    }

    /** Starts an engine in {@code home}, or in a temporary folder removed on close when {@code home} is null. */
    public static EmbeddedNeo4j start(Path home) {
        boolean temporary = home == null;
        Path dir = temporary ? createTempDir() : home;
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                // Bolt's network threads wait 5 s of quiet, up to 15 s, before they stop: a stopped serve hung 12 s
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                .build();
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bolt = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://127.0.0.1:" + bolt.getPort());
        return new EmbeddedNeo4j(dbms, uri, dir, temporary);
    }

    public URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        dbms.shutdown();
        if (temporary) {
            Directories.deleteQuietly(home);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("graph2doc-neo4j-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the embedded Neo4j", e);
        }
    }
}
