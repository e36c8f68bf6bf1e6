package dev.graph2doc.read.shadow;

import dev.graph2doc.phase.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the shadow comparator samples and bounds itself. {@code sampleRatios}: the share of reads compared in each
 * phase (absent: 0). {@code controlVsControl}: the candidate is the serving store itself (noise-floor experiment).
 */
public record ShadowSettings(Map<Phase, Double> sampleRatios, int threads, int queueCapacity,
                             Duration candidateTimeout, Duration recheckDelay, boolean controlVsControl,
                             List<String> ignoredPaths, int sampleValueChars) {

    public ShadowSettings {
        sampleRatios = sampleRatios.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(sampleRatios));
        ignoredPaths = List.copyOf(ignoredPaths);
        List<String> problems = new ArrayList<>();
        sampleRatios.forEach((phase, ratio) -> {
            if (!(ratio >= 0 && ratio <= 1)) {
                problems.add("graph2doc.read.compare.sample-ratio." + phase.name().toLowerCase().replace('_', '-')
                        + " = " + ratio + " must be between 0 and 1");
            }
        });
        positive(problems, "threads", threads);
        positive(problems, "queue-capacity", queueCapacity);
        positive(problems, "sample-value-chars", sampleValueChars);
        if (candidateTimeout.isNegative() || candidateTimeout.isZero()) {
            problems.add("graph2doc.read.compare.candidate-timeout = " + candidateTimeout + " must be more than 0s");
        }
        if (recheckDelay.isNegative()) {
            problems.add("graph2doc.read.compare.recheck-delay = " + recheckDelay + " must not be negative");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid shadow-read settings: " + String.join("; ", problems));
        }
    }

    public double ratio(Phase phase) {
        return sampleRatios.getOrDefault(phase, 0.0);
    }

    private static void positive(List<String> problems, String key, int value) {
        if (value < 1) {
            problems.add("graph2doc.read.compare." + key + " = " + value + " must be at least 1");
        }
    }
}
