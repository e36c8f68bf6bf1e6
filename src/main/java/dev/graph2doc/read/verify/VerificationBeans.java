package dev.graph2doc.read.verify;

import dev.graph2doc.copy.Sleeper;
import dev.graph2doc.copy.Throttle;
import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.phase.Fence;
import dev.graph2doc.phase.InstanceId;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.shadow.ShadowSettings;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.write.WriteOutbox;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** Full verification's parts, configured under {@code graph2doc.verify.*}; settings are checked at start-up. */
@Factory
class VerificationBeans {

    @Singleton
    VerificationSettings verificationSettings(VerifyProperties properties) {
        return properties.settings();
    }

    /**
     * The comparison ignores the same paths as the shadow reads ({@code graph2doc.read.compare.ignored-paths}, read
     * once into {@link ShadowSettings}), so that a clean verification and a quiet comparator mean the same thing.
     */
    @Singleton
    @Bean(preDestroy = "close")
    VerificationService verificationService(ActiveMapping active, GraphStore graph, DocumentStore documents,
                                            VerificationStore store, VerificationSettings settings, InstanceId instance,
                                            ShadowSettings comparison, VerificationListener listener,
                                            WriteOutbox outbox, Fence fence) {
        Mapping mapping = active.get();
        DocumentDiff diff = new DocumentDiff(mapping, comparison.ignoredPaths());
        Verifier verifier = new Verifier(mapping, graph, documents, diff, settings,
                new Throttle(Clock.systemUTC(), Sleeper.REAL), listener, outbox::pending);
        List<String> collections = mapping.collections().stream().map(CollectionMapping::name).toList();
        VerificationRunner runner = new VerificationRunner(verifier, store, collections, Clock.systemUTC(),
                instance.value(), settings.lease());
        return new VerificationService(graph, collections, store, runner, settings, Clock.systemUTC(), fence);
    }
}
