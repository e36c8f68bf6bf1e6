package dev.graph2doc.mapping;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small facts about SnakeYAML nodes that problem messages need. */
final class YamlNodes {

    private YamlNodes() {
    }

    /** 1-based, as editors count. */
    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())) {
            return "nothing";
        }
        return node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : node.getNodeId().name();
    }

    /** A plain value (a name, a label); null after reporting a list, a map or an empty value. */
    static String string(Node node, String path, Problems problems) {
        if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return scalar.getValue();
        }
        problems.add(line(node), path, "expected a single value, found " + describe(node), null);
        return null;
    }
}
