package dev.graph2doc.rehearse;

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
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A real Neo4j engine in the rehearsal's process that can be stopped and started again on the same Bolt port with
 * the same store files, like a {@code neo4j stop; neo4j start} on one server: stopping shuts the whole engine down
 * (every Bolt connection dropped, the files closed cleanly); starting opens the same folder and binds the same port.
 */
final class RestartableNeo4j implements AutoCloseable {

    private static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;

    private final Path home;
    private final int port;
    private DatabaseManagementService dbms;

    RestartableNeo4j() {
        this.home = createTempDir();
        this.dbms = open(0);
        this.port = boundPort(dbms);
    }

    URI boltUri() {
        return URI.create("bolt://127.0.0.1:" + port);
    }

    /** Shuts the engine down: Bolt closed, every connection dropped; the store files stay. */
    synchronized void stop() {
        if (dbms != null) {
            dbms.shutdown();
            dbms = null;
        }
    }

    /** Opens the same store files and listens on the same port again. */
    synchronized void restart() {
        if (dbms == null) {
            dbms = open(port);
        }
    }

    synchronized boolean running() {
        return dbms != null;
    }

    private DatabaseManagementService open(int boltPort) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                // Bolt's network threads otherwise wait 5 s of quiet, up to 15 s, before they stop
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                .build();
    }

    private static int boundPort(DatabaseManagementService dbms) {
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }

    @Override
    public synchronized void close() {
        stop();
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail the rehearsal's end
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("graph2doc-rehearsal-neo4j-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the rehearsal's Neo4j", e);
        }
    }
}
