package dev.graph2doc.wiring;

import dev.graph2doc.phase.InstanceStore;
import dev.graph2doc.read.shadow.CompareProperties;
import dev.graph2doc.read.shadow.ComparisonTallyStore;
import dev.graph2doc.read.shadow.MismatchSampleStore;
import dev.graph2doc.read.verify.VerificationStore;
import dev.graph2doc.security.OperatorActionStore;
import dev.graph2doc.security.SecuritySettings;
import dev.graph2doc.store.StoreSettings;
import dev.graph2doc.store.mongo.MongoComparisonTallyStore;
import dev.graph2doc.store.mongo.MongoInstanceStore;
import dev.graph2doc.store.mongo.MongoMismatchSampleStore;
import dev.graph2doc.store.mongo.MongoOperatorActionStore;
import dev.graph2doc.store.mongo.MongoVerificationStore;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Control-database ports added with the phase machine, bound beside {@link StoreBeans}. */
@Factory
class ControlStoreBeans {

    @Singleton
    @Bean(preDestroy = "close")
    ControlMongo controlMongo(StoreConnections stores, StoreSettings settings, ControlProperties control) {
        return ControlMongo.open(stores, control.mongodbUri(), control.database(), settings.connectTimeout());
    }

    @Singleton
    InstanceStore instanceStore(ControlMongo control) {
        return new MongoInstanceStore(control.client(), control.database());
    }

    @Singleton
    ComparisonTallyStore comparisonTallyStore(ControlMongo control) {
        return new MongoComparisonTallyStore(control.client(), control.database());
    }

    @Singleton
    VerificationStore verificationStore(ControlMongo control) {
        return new MongoVerificationStore(control.client(), control.database());
    }

    @Singleton
    MismatchSampleStore mismatchSampleStore(ControlMongo control, CompareProperties compare) {
        return new MongoMismatchSampleStore(control.client(), control.database(), compare.samples());
    }

    @Singleton
    OperatorActionStore operatorActionStore(ControlMongo control, SecuritySettings security) {
        return new MongoOperatorActionStore(control.client(), control.database(), security.auditCapacity());
    }
}
