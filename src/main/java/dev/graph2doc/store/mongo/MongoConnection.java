package dev.graph2doc.store.mongo;

import com.mongodb.client.MongoClient;

/** The live MongoDB connection as the adapters' health check reports it; the wiring provides it. */
public interface MongoConnection {

    MongoClient mongo();

    String mongoUri();

    boolean embedded();
}
