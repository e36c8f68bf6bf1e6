package dev.graph2doc.store.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.graph2doc.store.StoreSettings;
import dev.graph2doc.store.StoreStartupException;
import dev.graph2doc.store.UriMasking;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/** Opens a MongoDB client and proves it works, or explains in one sentence why it cannot. */
public final class MongoConnector {

    private MongoConnector() {
    }

    /** The problem with this connection string's form, if any; checked before anything connects. */
    public static Optional<String> uriProblem(String uri) {
        try {
            new ConnectionString(uri);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(StoreSettings.MONGODB_URI + " = '" + UriMasking.mask(uri) + "' is not a MongoDB "
                    + "connection string (" + e.getMessage() + "); use e.g. mongodb://localhost:27017.");
        }
    }

    public static MongoClient connect(String uri, Duration timeout) {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(b -> b.connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS))
                .build();
        MongoClient client = MongoClients.create(settings);
        try {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
            return client;
        } catch (MongoSecurityException e) {
            client.close();
            throw new StoreStartupException(StoreSettings.MONGODB_URI + " = '" + UriMasking.mask(uri)
                    + "' refused its credentials: check the user and password in MONGODB_URI.");
        } catch (MongoTimeoutException e) {
            client.close();
            throw new StoreStartupException(StoreSettings.MONGODB_URI + " = '" + UriMasking.mask(uri)
                    + "' is unreachable: no server answered within " + timeout.toSeconds()
                    + "s; check host and port, or unset NEO4J_URI and MONGODB_URI to use embedded stores.");
        } catch (RuntimeException e) {
            client.close();
            throw new StoreStartupException(StoreSettings.MONGODB_URI + " = '" + UriMasking.mask(uri)
                    + "' failed: " + e.getMessage() + ".");
        }
    }
}
