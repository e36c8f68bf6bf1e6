package dev.graph2doc.read;

import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.phase.Fence;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseMachine;
import dev.graph2doc.phase.ReadEvidence;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.shadow.AutoStepBack;
import dev.graph2doc.read.shadow.AutoStepBackSettings;
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
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The read router, the shadow comparator and its listeners, wired from {@code graph2doc.read.*}. */
@Factory
class ReadBeans {

    @Singleton
    ShadowSettings shadowSettings(@Value("${graph2doc.read.compare.sample-ratio.fork-writes:0.01}") double fork,
                                  @Value("${graph2doc.read.compare.sample-ratio.swap-reads:0.1}") double swap,
                                  @Value("${graph2doc.read.compare.sample-ratio.compare:1.0}") double compare,
                                  @Value("${graph2doc.read.compare.sample-ratio.graph-only:0}") double graphOnly,
                                  @Value("${graph2doc.read.compare.threads:2}") int threads,
                                  @Value("${graph2doc.read.compare.queue-capacity:1000}") int queue,
                                  @Value("${graph2doc.read.compare.candidate-timeout:500ms}") Duration timeout,
                                  @Value("${graph2doc.read.compare.recheck-delay:200ms}") Duration recheck,
                                  @Value("${graph2doc.read.compare.experiment:none}") String experiment,
                                  @Nullable @Property(name = "graph2doc.read.compare.ignored-paths") List<String> ignored,
                                  @Value("${graph2doc.read.compare.sample-value-chars:2000}") int valueChars) {
        Map<Phase, Double> ratios = new EnumMap<>(Phase.class);
        ratios.put(Phase.GRAPH_ONLY, graphOnly);
        ratios.put(Phase.FORK_WRITES, fork);
        ratios.put(Phase.SWAP_READS, swap);
        ratios.put(Phase.COMPARE, compare);
        return new ShadowSettings(ratios, threads, queue, timeout, recheck, experiment(experiment),
                ignored == null ? List.of() : ignored, valueChars);
    }

    private static boolean experiment(String value) {
        if (!value.equals("none") && !value.equals("control-vs-control")) {
            throw new IllegalArgumentException("graph2doc.read.compare.experiment = '" + value
                    + "' is not an experiment: use none or control-vs-control");
        }
        return value.equals("control-vs-control");
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
    AutoStepBackSettings autoStepBackSettings(@Value("${graph2doc.phase.auto-step-back.enabled:true}") boolean enabled,
                                              @Value("${graph2doc.phase.auto-step-back.max-mismatch-ratio:0.01}") double ratio,
                                              @Value("${graph2doc.phase.auto-step-back.window:5m}") Duration window,
                                              @Value("${graph2doc.phase.auto-step-back.min-comparisons:50}") long min) {
        return new AutoStepBackSettings(enabled, ratio, window, min);
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
                              @Value("${graph2doc.read.default-limit:100}") int defaultLimit,
                              @Value("${graph2doc.read.max-limit:1000}") int maxLimit) {
        if (defaultLimit < 1 || defaultLimit > maxLimit) {
            throw new IllegalArgumentException("graph2doc.read.default-limit = " + defaultLimit
                    + " must be between 1 and graph2doc.read.max-limit (" + maxLimit + ")");
        }
        return new ReadRequests(mapping.get(), defaultLimit, maxLimit, new KeyTypes(phases, router));
    }
}
