package dev.graph2doc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The metric names PromQL expressions use: in Grafana dashboards (every {@code expr}, and template variable queries)
 * and in Prometheus rule files (every {@code expr}). A small scanner, not a parser: strings, label matchers, ranges,
 * grouping label lists and Grafana variables are removed first, then every remaining identifier that is not a
 * function call, a keyword or part of a number is a metric name.
 */
public final class PromQlNames {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "inf", "nan", "atan2");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([^,()]+?)\\s*,\\s*\\w+\\s*\\)");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PromQlNames() {
    }

    /** The metric names in one expression. */
    public static Set<String> of(String expression) {
        String e = LABEL_VALUES.matcher(expression).replaceAll("$1");
        e = STRING.matcher(e).replaceAll(" ");
        e = e.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ");
        e = GROUPING.matcher(e).replaceAll(" ");
        e = VARIABLE.matcher(e).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(e);
        while (m.find()) {
            if (m.group(2) == null && !KEYWORDS.contains(m.group(1).toLowerCase())) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Every expression under {@code root}, by where it is ("file: panel or alert"), with the metric names it uses. */
    public static Map<String, Set<String>> usedBy(Path root) {
        Map<String, String> expressions = expressions(root);
        Map<String, Set<String>> used = new TreeMap<>();
        expressions.forEach((where, expr) -> used.put(where, of(expr)));
        return used;
    }

    /** Every PromQL expression under {@code root}: dashboard JSON files and Prometheus rule files. */
    public static Map<String, String> expressions(Path root) {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json")) {
                    dashboard(file, found);
                } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                    rules(file, found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static void dashboard(Path file, Map<String, String> found) throws IOException {
        JsonNode dashboard = JSON.readTree(file.toFile());
        for (JsonNode panel : dashboard.path("panels")) {
            int i = 0;
            for (JsonNode target : panel.path("targets")) {
                found.put(file + ": " + panel.path("title").asText() + " #" + i++, target.path("expr").asText());
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (variable.path("type").asText().equals("query")) {
                JsonNode query = variable.path("query");
                found.put(file + ": $" + variable.path("name").asText(),
                        query.isObject() ? query.path("query").asText() : query.asText());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void rules(Path file, Map<String, String> found) throws IOException {
        Object doc;
        try (Reader reader = Files.newBufferedReader(file)) {
            doc = new Yaml().load(reader);
        }
        if (!(doc instanceof Map<?, ?> map) || !(map.get("groups") instanceof List<?> groups)) {
            return;
        }
        for (Object group : groups) {
            for (Object rule : (List<Object>) ((Map<String, Object>) group).get("rules")) {
                Map<String, Object> r = (Map<String, Object>) rule;
                String name = String.valueOf(r.getOrDefault("alert", r.get("record")));
                found.put(file + ": " + name, String.valueOf(r.get("expr")));
            }
        }
    }
}
