package dev.graph2doc.rehearse;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import dev.graph2doc.embedded.IdLookupMemoryBackend;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A MongoDB-wire server (mongo-java-server, in memory) that can be stopped and started again on the same port
 * with the same data, like a {@code mongod} restarted on its data files: stopping closes the listener and every
 * client connection; the data survives because the server only sees a view of the backend whose {@code close}
 * does nothing (mongo-java-server closes its backend on every shutdown).
 */
final class RestartableMongo implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final MongoBackend backend = new IdLookupMemoryBackend();
    private final MongoBackend view = unclosable(backend);
    private final int port;
    private MongoServer server;

    RestartableMongo() {
        server = new MongoServer(view);
        server.bind(HOST, 0);
        port = server.getLocalAddress().getPort();
    }

    String uri() {
        return "mongodb://" + HOST + ":" + port;
    }

    /** Closes the listener and drops every client connection; the data stays. */
    synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** Listens again on the same port, serving the same data. */
    synchronized void restart() {
        if (server == null) {
            MongoServer again = new MongoServer(view);
            again.bind(HOST, port);
            server = again;
        }
    }

    @Override
    public synchronized void close() {
        stop();
        backend.close();
    }

    private static MongoBackend unclosable(MongoBackend backend) {
        return (MongoBackend) Proxy.newProxyInstance(MongoBackend.class.getClassLoader(), new Class<?>[] {MongoBackend.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(backend, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
