package dev.graph2doc.wiring;

import dev.graph2doc.copy.CopyStateStore;
import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.mapping.GraphSchema;
import dev.graph2doc.phase.GateSettings;
import dev.graph2doc.phase.HealthReachability;
import dev.graph2doc.phase.PhaseStore;
import dev.graph2doc.phase.StoreReachability;
import dev.graph2doc.store.DocumentSizes;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStatistics;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.BsonSizes;
import dev.graph2doc.store.mongo.MongoCopyStateStore;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import dev.graph2doc.store.mongo.MongoHealthIndicator;
import dev.graph2doc.store.mongo.MongoNativeWriter;
import dev.graph2doc.store.mongo.MongoPhaseStore;
import dev.graph2doc.store.neo4j.Neo4jGraphSchema;
import dev.graph2doc.store.neo4j.Neo4jGraphStatistics;
import dev.graph2doc.store.neo4j.Neo4jGraphStore;
import dev.graph2doc.store.neo4j.Neo4jGraphWriter;
import dev.graph2doc.store.neo4j.Neo4jHealthIndicator;
import dev.graph2doc.store.neo4j.Neo4jWriteOutbox;
import dev.graph2doc.write.GraphWriter;
import dev.graph2doc.write.NativeDocumentWriter;
import dev.graph2doc.write.WriteOutbox;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The ports the core uses, bound to the adapters over the live connections and the active mapping. */
@Factory
class StoreBeans {

    @Singleton
    GraphSchema graphSchema(StoreConnections stores) {
        return new Neo4jGraphSchema(stores.neo4j());
    }

    @Singleton
    GraphStore graphStore(StoreConnections stores, ActiveMapping mapping) {
        return new Neo4jGraphStore(stores.neo4j(), mapping.get());
    }

    @Singleton
    GraphStatistics graphStatistics(StoreConnections stores, ActiveMapping mapping) {
        return new Neo4jGraphStatistics(stores.neo4j(), mapping.get());
    }

    @Singleton
    DocumentSizes documentSizes() {
        return new BsonSizes();
    }

    @Singleton
    DocumentStore documentStore(StoreConnections stores, ActiveMapping mapping) {
        return new MongoDocumentStore(stores.mongo(), mapping.get());
    }

    @Singleton
    GraphWriter graphWriter(StoreConnections stores, ActiveMapping mapping) {
        return new Neo4jGraphWriter(stores.neo4j(), mapping.get(), Clock.systemUTC());
    }

    @Singleton
    NativeDocumentWriter nativeDocumentWriter(StoreConnections stores, ActiveMapping mapping) {
        return new MongoNativeWriter(stores.mongo(), mapping.get());
    }

    @Singleton
    WriteOutbox writeOutbox(StoreConnections stores) {
        return new Neo4jWriteOutbox(stores.neo4j());
    }

    @Singleton
    CopyStateStore copyStateStore(ControlMongo control) {
        return new MongoCopyStateStore(control.client(), control.database());
    }

    @Singleton
    PhaseStore phaseStore(ControlMongo control) {
        return new MongoPhaseStore(control.client(), control.database());
    }

    /** Both stores reachable, asked through the same health indicators {@code /health} shows. */
    @Singleton
    StoreReachability storeReachability(Neo4jHealthIndicator neo4j, MongoHealthIndicator mongo, GateSettings settings) {
        return new HealthReachability(neo4j, mongo, settings.storeTimeout());
    }
}
