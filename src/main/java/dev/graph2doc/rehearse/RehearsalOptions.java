package dev.graph2doc.rehearse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rehearsal's options, checked before anything starts; every bad one named with its value at once.
 * {@code chaosSeed} is set only with {@code --faults chaos} (default {@link #DEFAULT_CHAOS_SEED}).
 */
public record RehearsalOptions(int tenants, int devices, Duration duration, FaultMode faultMode, Long chaosSeed,
                               Path report, long randomSeed, int instances, double rate, GraphSource graph) {

    public static final int MAX_TENANTS = 10;
    public static final int MAX_DEVICES = 100_000;
    public static final int MAX_INSTANCES = 4;
    public static final Duration MIN_DURATION = Duration.ofSeconds(10);
    public static final long DEFAULT_CHAOS_SEED = 1;
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?");

    /** @throws IllegalArgumentException naming every bad option and its value */
    public static RehearsalOptions of(Integer tenantsGiven, int devices, String duration, String faults, Long chaosSeed,
                                      Path report, long randomSeed, int instances, double rate, GraphSource graph) {
        List<String> problems = new ArrayList<>();
        int tenants = graph.check(tenantsGiven, problems);
        if (tenants != -1 && (tenants < 1 || tenants > MAX_TENANTS)) {
            problems.add("--tenants = " + tenants + " must be between 1 and " + MAX_TENANTS);
        }
        if (devices < 4 || devices > MAX_DEVICES) {
            problems.add("--devices = " + devices + " must be between 4 and " + MAX_DEVICES);
        }
        Duration parsed = parseDuration(duration);
        if (parsed == null) {
            problems.add("--duration = '" + duration + "' is not a duration: use e.g. 90s, 2m, 1m30s or 1h");
        } else if (parsed.compareTo(MIN_DURATION) < 0) {
            problems.add("--duration = " + duration + " must be at least " + MIN_DURATION.toSeconds() + "s");
        }
        FaultMode mode = FaultMode.parse(faults).orElse(null);
        if (mode == null) {
            problems.add("--faults = '" + faults + "' must be on, off or chaos");
        }
        chaosProblem(mode, chaosSeed, parsed).ifPresent(problems::add);
        reportProblem(report).ifPresent(problems::add);
        if (instances < 1 || instances > MAX_INSTANCES) {
            problems.add("--instances = " + instances + " must be between 1 and " + MAX_INSTANCES);
        }
        if (!(rate > 0 && rate <= 1000)) {
            problems.add("--rate = " + rate + " must be more than 0 and at most 1000 requests/s per tenant");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
        Long seed = mode == FaultMode.CHAOS ? (chaosSeed == null ? DEFAULT_CHAOS_SEED : chaosSeed) : null;
        return new RehearsalOptions(tenants, devices, parsed, mode, seed, report, randomSeed, instances, rate, graph);
    }

    /** The fixed faults, one per phase of the canary ({@code --faults on}). */
    public boolean faults() {
        return faultMode == FaultMode.ON;
    }

    public boolean chaos() {
        return faultMode == FaultMode.CHAOS;
    }

    /** A seed only means something to the nemesis; chaos needs room for its faults and the settling after them. */
    private static java.util.Optional<String> chaosProblem(FaultMode mode, Long chaosSeed, Duration duration) {
        if (chaosSeed != null && mode != FaultMode.CHAOS) {
            return java.util.Optional.of("--chaos-seed = " + chaosSeed + " is only used with --faults chaos");
        }
        if (mode == FaultMode.CHAOS && duration != null && duration.compareTo(ChaosSchedule.MIN_DURATION) < 0) {
            return java.util.Optional.of("--duration = " + duration.toSeconds() + "s is too short for --faults chaos: give at least "
                    + ChaosSchedule.MIN_DURATION.toSeconds() + "s");
        }
        return java.util.Optional.empty();
    }

    public Path mapping() {
        return graph.mapping();
    }

    /** "90s", "2m", "1m30s", "1h" or ISO-8601 ("PT2M"); null when it is none of those. */
    static Duration parseDuration(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("pt")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        Matcher m = DURATION.matcher(t);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            return null;
        }
        return Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    /** The report folder must be a writable folder, or creatable in a writable one. */
    private static java.util.Optional<String> reportProblem(Path report) {
        Path existing = report.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return java.util.Optional.of("--report = '" + report + "' cannot be created: '" + existing + "' is not a folder");
        }
        if (!writable(existing)) {
            return java.util.Optional.of("--report = '" + report + "' is not writable (" + existing + ")");
        }
        return java.util.Optional.empty();
    }

    private static boolean writable(Path folder) {
        try {
            Files.deleteIfExists(Files.createTempFile(folder, ".rehearse-", ".probe"));
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
