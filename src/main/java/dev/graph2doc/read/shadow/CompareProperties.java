package dev.graph2doc.read.shadow;

import dev.graph2doc.config.CheckedProperties;
import dev.graph2doc.phase.Phase;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code graph2doc.read.compare.*}: the shadow comparison's threads, queue, timeouts and mismatch samples. */
@ConfigurationProperties("graph2doc.read.compare")
public record CompareProperties(@Bindable(defaultValue = "2") int threads,
                                @Bindable(defaultValue = "1000") int queueCapacity,
                                @Bindable(defaultValue = "500ms") Duration candidateTimeout,
                                @Bindable(defaultValue = "200ms") Duration recheckDelay,
                                @Bindable(defaultValue = "none") String experiment,
                                @Nullable List<String> ignoredPaths,
                                @Bindable(defaultValue = "2000") int sampleValueChars,
                                @Bindable(defaultValue = "1000") int samples) implements CheckedProperties {

    private static final SampleRatioProperties NONE = new SampleRatioProperties(0, 0, 0, 0);

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>(CheckedProperties.problemsOf(() -> settings(NONE)));
        if (!experiment.equals("none") && !experiment.equals("control-vs-control")) {
            problems.add("graph2doc.read.compare.experiment = '" + experiment
                    + "' is not an experiment: use none or control-vs-control");
        }
        return problems;
    }

    /** The settings, with the sample ratio of each phase (an unknown experiment is reported by {@link #problems}). */
    public ShadowSettings settings(SampleRatioProperties ratio) {
        Map<Phase, Double> ratios = new EnumMap<>(Phase.class);
        ratios.put(Phase.GRAPH_ONLY, ratio.graphOnly());
        ratios.put(Phase.FORK_WRITES, ratio.forkWrites());
        ratios.put(Phase.SWAP_READS, ratio.swapReads());
        ratios.put(Phase.COMPARE, ratio.compare());
        return new ShadowSettings(ratios, threads, queueCapacity, candidateTimeout, recheckDelay,
                experiment.equals("control-vs-control"), ignoredPaths == null ? List.of() : ignoredPaths, sampleValueChars);
    }

    /** {@code graph2doc.read.compare.sample-ratio.*}: the share of each phase's reads compared. */
    @ConfigurationProperties("sample-ratio")
    public record SampleRatioProperties(@Bindable(defaultValue = "0.01") double forkWrites,
                                        @Bindable(defaultValue = "0.1") double swapReads,
                                        @Bindable(defaultValue = "1.0") double compare,
                                        @Bindable(defaultValue = "0") double graphOnly) implements CheckedProperties {

        @Override
        public List<String> problems() {
            return CheckedProperties.problemsOf(() -> new CompareProperties(1, 1, Duration.ofSeconds(1), Duration.ZERO,
                    "none", null, 1, 1).settings(this));
        }
    }
}
