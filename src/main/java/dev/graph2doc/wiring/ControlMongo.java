package dev.graph2doc.wiring;

import com.mongodb.client.MongoClient;
import dev.graph2doc.store.StoreStartupException;
import dev.graph2doc.store.UriMasking;
import dev.graph2doc.store.mongo.MongoConnector;
import java.time.Duration;

/**
 * The MongoDB server holding the control database (phases, instance registry, copy and verification state): the
 * data MongoDB unless {@code graph2doc.control.mongodb-uri} names another. Instances fence themselves when they
 * cannot reach it (G6); on its own server, an outage of the data MongoDB no longer fences them, so writes keep being
 * accepted through it in the forked phases, as G1 promises.
 */
public final class ControlMongo implements AutoCloseable {

    private final MongoClient client;
    private final String uri;
    private final String database;
    private final boolean owned;

    private ControlMongo(MongoClient client, String uri, String database, boolean owned) {
        this.client = client;
        this.uri = uri;
        this.database = database;
        this.owned = owned;
    }

    static ControlMongo open(StoreConnections stores, String uri, String database, Duration connectTimeout) {
        if (uri == null || uri.isBlank()) {
            return new ControlMongo(stores.mongo(), stores.mongoUri(), database, false);
        }
        MongoConnector.uriProblem(uri).ifPresent(problem -> {
            throw new StoreStartupException(java.util.List.of("graph2doc.control.mongodb-uri: " + problem));
        });
        return new ControlMongo(MongoConnector.connect(uri, connectTimeout), UriMasking.mask(uri), database, true);
    }

    /** The control database's name ({@code graph2doc.control.database}). */
    public String database() {
        return database;
    }

    public MongoClient client() {
        return client;
    }

    /** Masked, for logs and status. */
    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        if (owned) {
            client.close();
        }
    }
}
