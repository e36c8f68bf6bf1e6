package dev.graph2doc.write;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.DocumentValues;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.mapping.Suggestions;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the data API may write, read from the mapping: the root labels, each label's mapped properties, the
 * mapped relationships and their properties. A name outside these never reaches a store, so no input ever
 * becomes part of a query's text.
 */
public final class WritableNames {

    /** Properties of a {@code fields: "*"} collection: any plain identifier that is not internal. */
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,127}");

    private final Mapping mapping;

    public WritableNames(Mapping mapping) {
        this.mapping = mapping;
    }

    /** Null when {@code label} is writable; otherwise why not. */
    public String labelProblem(String label) {
        if (mapping.rootedAt(label).isPresent()) {
            return null;
        }
        TreeSet<String> roots = new TreeSet<>(mapping.collections().stream().map(CollectionMapping::root).toList());
        String hint = Suggestions.didYouMean(label, roots);
        return "unknown label '" + label + "': writable labels are " + roots + (hint == null ? "" : " — " + hint);
    }

    public String keyOf(String label) {
        return mapping.rootedAt(label).orElseThrow().key();
    }

    /** Null when {@code name} is a mapped property of {@code label}; otherwise why not. */
    public String propertyProblem(String label, String name) {
        CollectionMapping c = mapping.rootedAt(label).orElseThrow();
        if (!mapping.tenancy().isFixed() && name.equals(mapping.tenancy().property())) {
            return "'" + name + "' is the tenant property: it is set from the request path, never from the body";
        }
        boolean mapped = c.fields().all() ? PROPERTY.matcher(name).matches()
                && !name.startsWith(DocumentValues.INTERNAL_PREFIX) : c.fields().names().contains(name);
        if (mapped) {
            return null;
        }
        String hint = Suggestions.didYouMean(name, c.fields().names());
        return "unknown property '" + printable(name) + "' of " + label + ": " + (c.fields().all()
                ? "property names are letters, digits and '_', starting with a letter"
                : "mapped properties are " + c.fields().names() + (hint == null ? "" : " — " + hint));
    }

    /** Null when {@code (from)-[type]->(to)} shows in some document; otherwise why not. */
    public String relationshipProblem(String type, String fromLabel, String toLabel) {
        if (!relFieldsOf(type, fromLabel, toLabel).isEmpty() || shownAsReference(type, fromLabel, toLabel)) {
            return null;
        }
        TreeSet<String> mapped = new TreeSet<>();
        for (CollectionMapping c : mapping.collections()) {
            c.embeds().forEach(e -> mapped.add(describe(c.root(), e.rel(), e.direction(), e.target())));
            c.references().forEach(r -> mapped.add(describe(c.root(), r.rel(), r.direction(), r.target())));
        }
        return "relationship (:" + printable(fromLabel) + ")-[:" + printable(type) + "]->(:" + printable(toLabel)
                + ") is not in the mapping: mapped relationships are " + mapped;
    }

    /** Null when {@code name} is a mapped property of {@code type} relationships between these labels. */
    public String relationshipPropertyProblem(String type, String fromLabel, String toLabel, String name) {
        List<Embed> embeds = relFieldsOf(type, fromLabel, toLabel);
        boolean mapped = embeds.stream().anyMatch(e -> e.relFields().all() ? PROPERTY.matcher(name).matches()
                && !name.startsWith(DocumentValues.INTERNAL_PREFIX) : e.relFields().names().contains(name));
        if (mapped) {
            return null;
        }
        TreeSet<String> names = new TreeSet<>();
        embeds.forEach(e -> names.addAll(e.relFields().names()));
        return "unknown property '" + printable(name) + "' of " + type + " relationships: mapped properties are " + names;
    }

    private List<Embed> relFieldsOf(String type, String fromLabel, String toLabel) {
        return mapping.collections().stream().flatMap(c -> c.embeds().stream()
                .filter(e -> e.rel().equals(type) && shows(c.root(), e.direction(), e.target(), fromLabel, toLabel)))
                .toList();
    }

    private boolean shownAsReference(String type, String fromLabel, String toLabel) {
        return mapping.collections().stream().anyMatch(c -> c.references().stream().anyMatch((Reference r) ->
                r.rel().equals(type) && shows(c.root(), r.direction(), r.target(), fromLabel, toLabel)));
    }

    private static boolean shows(String root, Direction direction, String target, String from, String to) {
        return direction == Direction.OUT ? root.equals(from) && target.equals(to) : root.equals(to) && target.equals(from);
    }

    private static String describe(String root, String rel, Direction direction, String target) {
        return direction == Direction.OUT ? "(:" + root + ")-[:" + rel + "]->(:" + target + ")"
                : "(:" + target + ")-[:" + rel + "]->(:" + root + ")";
    }

    /** Names echoed in errors: control characters shown escaped, long ones cut. */
    static String printable(String name) {
        String shown = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(cp -> out.append(Character.isISOControl(cp) ? String.format("\\u%04x", cp)
                : new String(Character.toChars(cp))));
        return out.toString();
    }
}
