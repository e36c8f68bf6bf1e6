package dev.graph2doc.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns the YAML tree of a mapping file into the model, reporting keys, types and enum values that do not
 * fit. Values that could not be read are left null (or defaulted), so that {@link MappingRules} still
 * checks everything else in the same run.
 */
final class MappingReader {

    static final Map<String, Layout> LAYOUTS = ordered("database-per-tenant", Layout.DATABASE_PER_TENANT,
            "shared", Layout.SHARED);
    static final Map<String, Direction> DIRECTIONS = ordered("in", Direction.IN, "out", Direction.OUT);
    static final Map<String, Shape> SHAPES = ordered("array", Shape.ARRAY, "object", Shape.OBJECT);

    private static final List<String> TOP = List.of("tenant", "target", "collections");
    private static final List<String> TENANT = List.of("property", "fixed");
    private static final List<String> TARGET = List.of("layout", "databasePrefix", "database");
    private static final List<String> COLLECTION = List.of("name", "root", "key", "fields", "embed", "references",
            "indexes");
    private static final List<String> EMBED = List.of("field", "rel", "direction", "target", "as", "fields",
            "relFields", "set");
    private static final List<String> REFERENCE = List.of("field", "rel", "direction", "target", "set");
    private static final List<String> INDEX = List.of("fields", "unique");

    private final String source;
    private final Problems problems;
    private final Map<String, Integer> lines = new HashMap<>();

    MappingReader(String source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The model as far as it could be read; empty when the top level is not even a map. */
    Optional<Mapping> read(Node root) {
        return YamlMap.open(root, "", TOP, problems, lines).map(top -> new Mapping(source,
                required(top, "tenant").flatMap(this::tenancy).orElse(null),
                required(top, "target").flatMap(this::target).orElse(null),
                collections(top), lines));
    }

    private Optional<Node> required(YamlMap map, String key) {
        if (!map.has(key)) {
            map.requiredString(key);
        }
        return map.node(key);
    }

    private Optional<Tenancy> tenancy(Node node) {
        return YamlMap.open(node, "tenant", TENANT, problems, lines).map(tenant -> {
            String property = tenant.optionalString("property", null);
            String fixed = tenant.optionalString("fixed", null);
            if (tenant.has("property") == tenant.has("fixed")) {
                problems.add(tenant.line(), "tenant", tenant.has("property")
                        ? "has both property and fixed" : "has neither property nor fixed",
                        "give exactly one: property: <name> when nodes carry their tenant, fixed: <tenant> for a single-tenant graph");
            }
            return new Tenancy(property, property == null ? fixed : null);
        });
    }

    private Optional<Target> target(Node node) {
        return YamlMap.open(node, "target", TARGET, problems, lines).map(target -> {
            Layout layout = target.enumValue("layout", LAYOUTS, null);
            String prefix = target.optionalString("databasePrefix", Target.DEFAULT_PREFIX);
            String database = target.optionalString("database", null);
            if (layout == Layout.SHARED && !target.has("database")) {
                problems.add(target.line(), "target.database", "layout shared needs a database",
                        "add database: <name>");
            }
            if (layout == Layout.SHARED && target.has("databasePrefix")) {
                problems.add(lines.get("target.databasePrefix"), "target.databasePrefix",
                        "databasePrefix has no effect with layout shared", "remove it, or use layout: database-per-tenant");
            }
            if (layout == Layout.DATABASE_PER_TENANT && target.has("database")) {
                problems.add(lines.get("target.database"), "target.database",
                        "database has no effect with layout database-per-tenant", "remove it, or use layout: shared");
            }
            return new Target(layout, prefix, database);
        });
    }

    private List<CollectionMapping> collections(YamlMap top) {
        Optional<Node> node = required(top, "collections");
        List<Node> elements = top.list("collections");
        if (node.isPresent() && node.get() instanceof SequenceNode && elements.isEmpty()) {
            problems.add(YamlNodes.line(node.get()), "collections", "no collections declared",
                    "add at least one: - { name: ..., root: ..., key: ... }");
        }
        List<CollectionMapping> result = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            YamlMap.open(elements.get(i), "collections[" + i + "]", COLLECTION, problems, lines)
                    .map(this::collection).ifPresent(result::add);
        }
        return result;
    }

    private CollectionMapping collection(YamlMap c) {
        return new CollectionMapping(c.requiredString("name"), c.requiredString("root"), c.requiredString("key"),
                fields(c, "fields"), each(c, "embed", EMBED).stream().map(this::embed).toList(),
                each(c, "references", REFERENCE).stream().map(this::reference).toList(),
                each(c, "indexes", INDEX).stream().map(this::index).toList());
    }

    private List<YamlMap> each(YamlMap parent, String key, List<String> allowedKeys) {
        List<YamlMap> result = new ArrayList<>();
        List<Node> elements = parent.list(key);
        for (int i = 0; i < elements.size(); i++) {
            String path = parent.path(key) + "[" + i + "]";
            YamlMap.open(elements.get(i), path, allowedKeys, problems, lines).ifPresent(result::add);
        }
        return result;
    }

    private Embed embed(YamlMap e) {
        Fields relFields = Fields.of(e.has("relFields") && isScalar(e, "relFields")
                ? notAList(e, "relFields") : e.stringList("relFields"));
        return new Embed(e.requiredString("field"), e.requiredString("rel"),
                e.enumValue("direction", DIRECTIONS, null), e.requiredString("target"),
                e.enumValue("as", SHAPES, Shape.ARRAY), fields(e, "fields"), relFields, e.optionalBoolean("set", false));
    }

    private Reference reference(YamlMap r) {
        return new Reference(r.requiredString("field"), r.requiredString("rel"),
                r.enumValue("direction", DIRECTIONS, null), r.requiredString("target"), r.optionalBoolean("set", false));
    }

    private IndexSpec index(YamlMap i) {
        if (!i.has("fields")) {
            i.requiredString("fields");
        } else if (isScalar(i, "fields")) {
            notAList(i, "fields");
        }
        return new IndexSpec(i.stringList("fields"), i.optionalBoolean("unique", false));
    }

    /** "*" (the default) for every property, or the listed ones. */
    private Fields fields(YamlMap map, String key) {
        if (!map.has(key)) {
            return Fields.ALL;
        }
        if (isScalar(map, key) && "*".equals(((ScalarNode) map.node(key).orElseThrow()).getValue())) {
            return Fields.ALL;
        }
        return Fields.of(isScalar(map, key) ? notAList(map, key) : map.stringList(key));
    }

    private static boolean isScalar(YamlMap map, String key) {
        return map.node(key).orElse(null) instanceof ScalarNode;
    }

    /** Reports a single value where a list is needed (a common slip: {@code fields: id}); answers no names. */
    private List<String> notAList(YamlMap map, String key) {
        Node node = map.node(key).orElseThrow();
        String allowed = key.equals("fields") && !map.path().contains(".indexes[") ? "\"*\" or a list" : "a list";
        String value = ((ScalarNode) node).getValue();
        problems.add(YamlNodes.line(node), map.path(key), "expected " + allowed + ", found " + YamlNodes.describe(node),
                value.isEmpty() || value.equals("*") ? "list the names, e.g. " + key + ": [name]"
                        : "write " + key + ": [" + value + "]");
        return List.of();
    }

    private static <E> Map<String, E> ordered(String k1, E v1, String k2, E v2) {
        Map<String, E> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
