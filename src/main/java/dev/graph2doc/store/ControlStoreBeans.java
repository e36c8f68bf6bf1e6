package dev.graph2doc.store;

import dev.graph2doc.store.mongo.MongoComparisonTallyStore;
import dev.graph2doc.store.mongo.MongoInstanceStore;
import dev.graph2doc.store.mongo.MongoMismatchSampleStore;
import dev.graph2doc.store.mongo.MongoOperatorActionStore;
import dev.graph2doc.store.mongo.MongoVerificationStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Control-database ports added with the phase machine, bound beside {@link StoreBeans}. */
@Factory
class ControlStoreBeans {

    @Singleton
    InstanceStore instanceStore(StoreConnections stores,
                                @Value("${graph2doc.control.database:graph2doc_control}") String controlDatabase) {
        return new MongoInstanceStore(stores.mongo(), controlDatabase);
    }

    @Singleton
    ComparisonTallyStore comparisonTallyStore(StoreConnections stores,
                                              @Value("${graph2doc.control.database:graph2doc_control}") String controlDatabase) {
        return new MongoComparisonTallyStore(stores.mongo(), controlDatabase);
    }

    @Singleton
    VerificationStore verificationStore(StoreConnections stores,
                                        @Value("${graph2doc.control.database:graph2doc_control}") String controlDatabase) {
        return new MongoVerificationStore(stores.mongo(), controlDatabase);
    }

    @Singleton
    MismatchSampleStore mismatchSampleStore(StoreConnections stores,
                                            @Value("${graph2doc.control.database:graph2doc_control}") String controlDatabase,
                                            @Value("${graph2doc.read.compare.samples:1000}") int capacity) {
        return new MongoMismatchSampleStore(stores.mongo(), controlDatabase, capacity);
    }

    @Singleton
    OperatorActionStore operatorActionStore(StoreConnections stores,
                                            @Value("${graph2doc.control.database:graph2doc_control}") String controlDatabase,
                                            @Value("${graph2doc.security.audit-capacity:10000}") int capacity) {
        return new MongoOperatorActionStore(stores.mongo(), controlDatabase, capacity);
    }
}
