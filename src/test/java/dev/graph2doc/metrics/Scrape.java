package dev.graph2doc.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One Prometheus text-format scrape, parsed into samples: enough to assert names, labels and values. */
public record Scrape(List<Sample> samples) {

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)(?: \\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static Scrape parse(String text) {
        return new Scrape(text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(Scrape::sample).toList());
    }

    private static Sample sample(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Prometheus sample line: " + line);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (m.group(2) != null) {
            Matcher l = LABEL.matcher(m.group(2));
            while (l.find()) {
                labels.put(l.group(1), l.group(2));
            }
        }
        return new Sample(m.group(1), labels, Double.parseDouble(m.group(3)));
    }

    /** Every sample name, as PromQL sees them ({@code _bucket}, {@code _count}, {@code _sum} and {@code _total} included). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.forEach(s -> names.add(s.name()));
        return names;
    }

    /** The label names the samples of {@code name} carry (all series together). */
    public Set<String> labelsOf(String name) {
        Set<String> labels = new TreeSet<>();
        samples.stream().filter(s -> s.name().equals(name)).forEach(s -> labels.addAll(s.labels().keySet()));
        return labels;
    }

    /** The sum over the samples of {@code name} whose labels include every pair of {@code match} (k1, v1, k2, v2...). */
    public double sum(String name, String... match) {
        return samples.stream().filter(s -> s.name().equals(name) && matches(s.labels(), match))
                .mapToDouble(Sample::value).sum();
    }

    /** How many series of {@code name} match. */
    public long count(String name, String... match) {
        return samples.stream().filter(s -> s.name().equals(name) && matches(s.labels(), match)).count();
    }

    private static boolean matches(Map<String, String> labels, String[] match) {
        for (int i = 0; i + 1 < match.length; i += 2) {
            if (!match[i + 1].equals(labels.get(match[i]))) {
                return false;
            }
        }
        return true;
    }
}
