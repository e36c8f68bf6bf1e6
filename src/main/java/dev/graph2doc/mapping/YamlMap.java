package dev.graph2doc.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML map of the mapping file, read through SnakeYAML's node API so that every value keeps its line.
 * Unknown and repeated keys are reported when the map is opened; typed getters report wrong types and
 * missing keys and answer null (or the default), so reading goes on and every problem is found.
 */
final class YamlMap {

    private final MappingNode node;
    private final String path;
    private final Problems problems;
    private final Map<String, Integer> lines;
    private final Map<String, Node> values = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String path, List<String> allowedKeys, Problems problems,
                    Map<String, Integer> lines) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.lines = lines;
        for (NodeTuple tuple : node.getValue()) {
            readKey(tuple, allowedKeys);
        }
    }

    /** The map at {@code path}, or empty (with a problem) when the node is not a map. */
    static Optional<YamlMap> open(Node node, String path, List<String> allowedKeys, Problems problems,
                                  Map<String, Integer> lines) {
        if (node instanceof MappingNode map) {
            if (!path.isEmpty()) {
                lines.put(path, YamlNodes.line(map));
            }
            return Optional.of(new YamlMap(map, path, allowedKeys, problems, lines));
        }
        problems.add(YamlNodes.line(node), path, "expected a map with keys " + String.join(", ", allowedKeys)
                + ", found " + YamlNodes.describe(node), null);
        return Optional.empty();
    }

    private void readKey(NodeTuple tuple, List<String> allowedKeys) {
        Node keyNode = tuple.getKeyNode();
        String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : YamlNodes.describe(keyNode);
        if (!allowedKeys.contains(key)) {
            String suggestion = Suggestions.closest(key, allowedKeys).map(k -> "did you mean '" + k + "'?")
                    .orElse("allowed keys here: " + String.join(", ", allowedKeys));
            problems.add(YamlNodes.line(keyNode), path(key), "unknown key '" + key + "'", suggestion);
        } else if (values.containsKey(key)) {
            problems.add(YamlNodes.line(keyNode), path(key), "key '" + key + "' appears twice (first on line "
                    + YamlNodes.line(values.get(key)) + ")", "keep one of them");
        } else {
            values.put(key, tuple.getValueNode());
            lines.put(path(key), YamlNodes.line(tuple.getValueNode()));
        }
    }

    String path() {
        return path;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    int line() {
        return YamlNodes.line(node);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value of a key that must be there, or null after reporting it missing or not a plain value. */
    String requiredString(String key) {
        if (!values.containsKey(key)) {
            problems.add(line(), path(key), "missing required key '" + key + "'", "add " + key + ": ...");
            return null;
        }
        return string(key);
    }

    String optionalString(String key, String defaultValue) {
        return values.containsKey(key) ? string(key) : defaultValue;
    }

    private String string(String key) {
        return YamlNodes.string(values.get(key), path(key), problems);
    }

    boolean optionalBoolean(String key, boolean defaultValue) {
        Node value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return Boolean.parseBoolean(scalar.getValue().toLowerCase());
        }
        problems.add(YamlNodes.line(value), path(key), "expected true or false, found " + YamlNodes.describe(value), null);
        return defaultValue;
    }

    /** One of {@code allowed} (YAML spelling → value), the default when absent, null when wrong. */
    <E> E enumValue(String key, Map<String, E> allowed, E defaultValue) {
        if (!values.containsKey(key) && defaultValue == null) {
            problems.add(line(), path(key), "missing required key '" + key + "'",
                    "add " + key + ": " + String.join(" | ", allowed.keySet()));
            return null;
        }
        String text = optionalString(key, null);
        if (text == null) {
            return defaultValue;
        }
        E value = allowed.get(text);
        if (value == null) {
            problems.add(YamlNodes.line(values.get(key)), path(key), key + " '" + text + "' is not one of "
                    + String.join(", ", allowed.keySet()), Suggestions.didYouMean(text, allowed.keySet()));
        }
        return value;
    }

    /** The elements of an optional list (empty when absent or not a list, the latter reported). */
    List<Node> list(String key) {
        Node value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return new ArrayList<>(sequence.getValue());
        }
        problems.add(YamlNodes.line(value), path(key), "expected a list, found " + YamlNodes.describe(value), null);
        return List.of();
    }

    /** A list of plain values, e.g. property names; each element's line is remembered as {@code key[i]}. */
    List<String> stringList(String key) {
        List<String> result = new ArrayList<>();
        List<Node> elements = list(key);
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = path(key) + "[" + i + "]";
            lines.put(elementPath, YamlNodes.line(elements.get(i)));
            String text = YamlNodes.string(elements.get(i), elementPath, problems);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }
}
