package dev.graph2doc.read;

import dev.graph2doc.config.CheckedProperties;
import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.phase.Fence;
import dev.graph2doc.phase.PhaseMachine;
import dev.graph2doc.phase.ReadEvidence;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.shadow.AutoStepBack;
import dev.graph2doc.read.shadow.AutoStepBackProperties;
import dev.graph2doc.read.shadow.AutoStepBackSettings;
import dev.graph2doc.read.shadow.CompareProperties;
import dev.graph2doc.read.shadow.ComparisonTallies;
import dev.graph2doc.read.shadow.ComparisonTallyStore;
import dev.graph2doc.read.shadow.DocumentReadSource;
import dev.graph2doc.read.shadow.GraphReadSource;
import dev.graph2doc.read.shadow.MismatchSampleStore;
import dev.graph2doc.read.shadow.MismatchSampler;
import dev.graph2doc.read.shadow.ShadowComparator;
import dev.graph2doc.read.shadow.ShadowEvidence;
import dev.graph2doc.read.shadow.ShadowListener;
import dev.graph2doc.read.shadow.ShadowSettings;
import dev.graph2doc.read.verify.VerificationStore;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The read router, the shadow comparator and its listeners, wired from {@code graph2doc.read.*}. */
@Factory
class ReadBeans {

    @Singleton
    ShadowSettings shadowSettings(CompareProperties compare, CompareProperties.SampleRatioProperties ratio) {
        return CheckedProperties.checked(compare).settings(ratio);
    }

    @Singleton
    ComparisonTallies comparisonTallies(ComparisonTallyStore store, TenantPhases phases) {
        return new ComparisonTallies(store, phases);
    }

    @Singleton
    ReadEvidence shadowEvidence(ComparisonTallies tallies, VerificationStore verifications) {
        return new ShadowEvidence(tallies, tenant -> verifications.lastCleanVerification(tenant).orElse(null));
    }

    @Singleton
    AutoStepBackSettings autoStepBackSettings(AutoStepBackProperties properties) {
        return properties.settings();
    }

    @Singleton
    @Bean(preDestroy = "close")
    ShadowComparator shadowComparator(ActiveMapping mapping, ShadowSettings settings, ReadMetrics meters,
                                      ComparisonTallies tallies, MismatchSampleStore samples, MeterRegistry registry,
                                      AutoStepBackSettings stepBack, TenantPhases phases, PhaseMachine machine) {
        ShadowListener listeners = ShadowListener.all(List.of(meters, tallies,
                new MismatchSampler(samples, Clock.systemUTC(), settings.sampleValueChars()),
                new AutoStepBack(stepBack, phases, machine, Clock.systemUTC())));
        ShadowComparator comparator = new ShadowComparator(new DocumentDiff(mapping.get(), settings.ignoredPaths()),
                settings, listeners, () -> ThreadLocalRandom.current().nextDouble());
        Gauge.builder("graph2doc.shadow.queue", comparator, ShadowComparator::queued)
                .description("Reads waiting to be compared (bounded by graph2doc.read.compare.queue-capacity)")
                .register(registry);
        return comparator;
    }

    @Singleton
    ReadRouter readRouter(TenantPhases phases, GraphStore graph, DocumentStore documents, ShadowComparator comparator,
                          ShadowSettings settings, ReadMetrics meters, Fence fence) {
        return new ReadRouter(new FencedReads(phases, fence), new GraphReadSource(graph), new DocumentReadSource(documents), comparator,
                settings.controlVsControl(), meters);
    }

    @Singleton
    ReadRequests readRequests(ActiveMapping mapping, TenantPhases phases, ReadRouter router,
                              ReadProperties properties) {
        CheckedProperties.checked(properties);
        return new ReadRequests(mapping.get(), properties.defaultLimit(), properties.maxLimit(), new KeyTypes(phases, router));
    }
}
