package dev.graph2doc.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire server (mongo-java-server) on a free loopback port: in memory (with {@link IdLookupMemoryBackend}'s
 * {@code _id} lookups), or an H2 file when a data file is given. Clients reach it through the real MongoDB driver, exactly like a real server.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final URI uri;

    private EmbeddedMongo(MongoServer server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    /** Starts in memory when {@code dataFile} is null, else persisted to that H2 file. */
    public static EmbeddedMongo start(Path dataFile) {
        MongoBackend backend = dataFile == null ? new IdLookupMemoryBackend() : h2(dataFile);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        URI uri = URI.create("mongodb://127.0.0.1:" + address.getPort());
        return new EmbeddedMongo(server, uri);
    }

    private static MongoBackend h2(Path dataFile) {
        try {
            Files.createDirectories(dataFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of " + dataFile, e);
        }
        return new H2Backend(dataFile.toString());
    }

    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        server.shutdownNow(); // also closes the backend, flushing an H2 file
    }
}
