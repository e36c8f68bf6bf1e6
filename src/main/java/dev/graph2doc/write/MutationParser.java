package dev.graph2doc.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One JSON mutation as a {@link Mutation}, or an {@link IllegalArgumentException} naming its first problem. */
final class MutationParser {

    private static final Set<String> OPS = Set.of("upsertNode", "deleteNode", "link", "unlink");
    private static final int MAX_KEY = 512;

    private final WritableNames names;

    MutationParser(WritableNames names) {
        this.names = names;
    }

    Mutation parse(String tenant, JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("a mutation is a JSON object with an 'op'");
        }
        String op = text(json, "op");
        return switch (op) {
            case "upsertNode" -> upsert(tenant, json);
            case "deleteNode" -> {
                only(json, "op", "label", "key", "tenant");
                yield new Mutation.DeleteNode(node(tenant, json));
            }
            case "link" -> link(tenant, json);
            case "unlink" -> {
                only(json, "op", "type", "from", "to");
                String type = text(json, "type");
                NodeRef from = end(tenant, json, "from");
                NodeRef to = end(tenant, json, "to");
                relationship(type, from, to);
                yield new Mutation.Unlink(type, from, to);
            }
            default -> throw new IllegalArgumentException("unknown op '" + WritableNames.printable(op)
                    + "': use one of " + OPS.stream().sorted().toList());
        };
    }

    private Mutation upsert(String tenant, JsonNode json) {
        only(json, "op", "label", "key", "tenant", "properties");
        NodeRef node = node(tenant, json);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object(json, "properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            require(names.propertyProblem(node.label(), p.getKey()));
            Object value = PropertyValues.of(p.getValue(), p.getKey());
            if (p.getKey().equals(names.keyOf(node.label())) && !node.key().equals(value)) {
                throw new IllegalArgumentException("property '" + p.getKey() + "' is the key of " + node
                        + " and cannot change; delete the node and create another to re-key it");
            }
            properties.put(p.getKey(), value);
        }
        properties.remove(names.keyOf(node.label()));
        return new Mutation.UpsertNode(node, properties);
    }

    private Mutation link(String tenant, JsonNode json) {
        only(json, "op", "type", "from", "to", "properties");
        String type = text(json, "type");
        NodeRef from = end(tenant, json, "from");
        NodeRef to = end(tenant, json, "to");
        relationship(type, from, to);
        Map<String, Object> properties = new LinkedHashMap<>();
        JsonNode given = json.has("properties") ? object(json, "properties") : null;
        if (given != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                require(names.relationshipPropertyProblem(type, from.label(), to.label(), p.getKey()));
                properties.put(p.getKey(), PropertyValues.of(p.getValue(), p.getKey()));
            }
        }
        return new Mutation.Link(type, from, to, properties);
    }

    private void relationship(String type, NodeRef from, NodeRef to) {
        require(names.relationshipProblem(type, from.label(), to.label()));
    }

    private NodeRef end(String tenant, JsonNode json, String field) {
        JsonNode end = object(json, field);
        only(end, "label", "key", "tenant");
        return node(tenant, end);
    }

    private NodeRef node(String tenant, JsonNode json) {
        String label = text(json, "label");
        require(names.labelProblem(label));
        if (json.has("tenant") && !json.get("tenant").asText().equals(tenant)) {
            throw new IllegalArgumentException("addresses tenant '" + WritableNames.printable(json.get("tenant").asText())
                    + "' in a request for tenant '" + tenant + "': a request writes its own tenant's nodes only");
        }
        return new NodeRef(label, key(json.get("key"), label));
    }

    private static Object key(JsonNode key, String label) {
        if (key != null && key.isTextual() && !key.textValue().isEmpty() && key.textValue().length() <= MAX_KEY
                && key.textValue().indexOf('\0') < 0) {
            return key.textValue();
        }
        if (key != null && key.isIntegralNumber() && key.canConvertToLong()) {
            return key.longValue();
        }
        throw new IllegalArgumentException("the key of " + label + " must be a non-empty string of at most " + MAX_KEY
                + " characters without NUL, or an integer; got " + (key == null ? "none" : WritableNames.printable(key.toString())));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw new IllegalArgumentException("'" + field + "' must be a non-empty string");
        }
        return value.textValue();
    }

    private static JsonNode object(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be a JSON object");
        }
        return value;
    }

    private static void only(JsonNode json, String... allowed) {
        Set<String> known = Set.of(allowed);
        json.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                throw new IllegalArgumentException("unexpected field '" + WritableNames.printable(f) + "'; expected " + known.stream().sorted().toList());
            }
        });
    }

    private static void require(String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
