package dev.graph2doc.rehearse;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graph2doc's own metrics as the rehearsal reads them from every instance's {@code /prometheus}: shadow comparison
 * outcomes (results, with mismatches by kind; control-vs-control experiments have their own meter, not read here) (counters, summed over instances; a restarted instance starts from 0, so only increases count) and the
 * repair backlog per tenant (a gauge: the largest any instance reports).
 */
final class Scrapes {

    static final Set<String> MISMATCH_KINDS = Set.of("missing", "extra", "field", "array_order", "type");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)}\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final Map<String, Map<String, Double>> lastCounters = new HashMap<>();
    private final Map<String, Double> outcomes = new TreeMap<>();
    private final Map<String, Long> backlog = new TreeMap<>();

    /** Adds one instance's scrape: counter increases since its previous scrape, and its backlog gauges. */
    synchronized void add(String instance, String text, boolean firstOfRound) {
        if (firstOfRound) {
            backlog.clear();
        }
        Map<String, Double> last = lastCounters.computeIfAbsent(instance, k -> new HashMap<>());
        Map<String, Double> now = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!m.find()) {
                continue;
            }
            Map<String, String> labels = labels(m.group(2));
            double value = parse(m.group(3));
            if (m.group(1).equals("graph2doc_shadow_comparisons_total")) {
                String result = labels.getOrDefault("result", "?");
                if (!result.equals("mismatch")) { // counted by kind below
                    now.merge(result, value, Double::sum);
                }
            } else if (m.group(1).equals("graph2doc_shadow_mismatches_total")) {
                now.merge(labels.getOrDefault("kind", "?"), value, Double::sum);
            } else if (m.group(1).equals("graph2doc_repair_backlog_documents")) {
                backlog.merge(labels.getOrDefault("tenant", "?"), (long) value, Math::max);
            }
        }
        now.forEach((outcome, value) -> {
            double before = last.getOrDefault(outcome, 0.0);
            outcomes.merge(outcome, value >= before ? value - before : value, Double::sum);
        });
        lastCounters.put(instance, now);
    }

    synchronized Map<String, Long> outcomes() {
        Map<String, Long> copy = new TreeMap<>();
        outcomes.forEach((k, v) -> copy.put(k, Math.round(v)));
        return copy;
    }

    synchronized long comparisons() {
        return outcomes().entrySet().stream().filter(e -> !Set.of("error", "timeout", "stale", "dropped")
                .contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    synchronized long mismatches() {
        return outcomes().entrySet().stream().filter(e -> MISMATCH_KINDS.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    synchronized long backlog(String tenant) {
        return backlog.getOrDefault(tenant, 0L);
    }

    synchronized long backlogTotal() {
        return backlog.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new HashMap<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            labels.put(m.group(1), m.group(2));
        }
        return labels;
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
