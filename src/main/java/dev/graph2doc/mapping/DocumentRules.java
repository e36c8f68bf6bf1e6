package dev.graph2doc.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The field names of one collection's documents: each must be a legal MongoDB field name outside
 * graph2doc's reserved prefix, unique within its level (the document, or one embedded sub-document), and
 * the first part of every index path must be one of the document's fields.
 */
final class DocumentRules {

    private final Mapping mapping;
    private final CollectionMapping collection;
    private final String path;
    private final Problems problems;

    private DocumentRules(Mapping mapping, CollectionMapping collection, String path, Problems problems) {
        this.mapping = mapping;
        this.collection = collection;
        this.path = path;
        this.problems = problems;
    }

    static void check(Mapping mapping, CollectionMapping collection, String path, Problems problems) {
        DocumentRules rules = new DocumentRules(mapping, collection, path, problems);
        List<String> topLevel = rules.topLevel();
        for (int e = 0; e < collection.embeds().size(); e++) {
            rules.embedded(collection.embeds().get(e), path + ".embed[" + e + "]");
        }
        for (int i = 0; i < collection.indexes().size(); i++) {
            rules.index(collection.indexes().get(i), path + ".indexes[" + i + "]", topLevel);
        }
    }

    /** Checks the document's own level and answers its field names (empty when the fields are "*"). */
    private List<String> topLevel() {
        Map<String, String> level = new LinkedHashMap<>();
        properties(collection.fields(), path + ".fields", level);
        for (int e = 0; e < collection.embeds().size(); e++) {
            field(collection.embeds().get(e).field(), path + ".embed[" + e + "].field", level);
        }
        for (int r = 0; r < collection.references().size(); r++) {
            field(collection.references().get(r).field(), path + ".references[" + r + "].field", level);
        }
        if (collection.fields().all()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(level.keySet());
        if (collection.key() != null) {
            names.add(collection.key());
        }
        return names;
    }

    private void embedded(Embed embed, String embedPath) {
        Map<String, String> level = new LinkedHashMap<>();
        properties(embed.fields(), embedPath + ".fields", level);
        properties(embed.relFields(), embedPath + ".relFields", level);
    }

    /** Listed node or relationship properties, which become fields under the same name. */
    private void properties(Fields fields, String listPath, Map<String, String> level) {
        if (fields == null || fields.all()) {
            return;
        }
        for (int i = 0; i < fields.names().size(); i++) {
            String name = fields.names().get(i);
            String elementPath = listPath + "[" + i + "]";
            Optional<String> identifier = Names.identifierProblem("property", name);
            identifier.ifPresent(message -> problems.add(mapping, elementPath, message, "rename it in the graph first"));
            if (identifier.isEmpty()) {
                field(name, elementPath, level);
            }
        }
    }

    private void field(String name, String fieldPath, Map<String, String> level) {
        if (name == null) {
            return;
        }
        Optional<String> problem = Names.fieldProblem(name);
        problem.ifPresent(message -> problems.add(mapping, fieldPath, message, "use another field name"));
        String earlier = level.putIfAbsent(name, fieldPath);
        if (problem.isEmpty() && earlier != null) {
            problems.add(mapping, fieldPath, "document field '" + name + "' is declared twice at this level "
                    + "(also " + earlier + ", line " + mapping.line(earlier) + ")", "rename one of them");
        }
    }

    private void index(IndexSpec index, String indexPath, List<String> topLevel) {
        if (index.paths().isEmpty()) {
            problems.add(mapping, indexPath + ".fields", "index has no fields", "list them, e.g. fields: [site.id]");
        }
        for (int i = 0; i < index.paths().size(); i++) {
            String fieldPath = index.paths().get(i);
            String first = fieldPath.split("\\.", -1)[0];
            String at = indexPath + ".fields[" + i + "]";
            if (fieldPath.isEmpty() || fieldPath.startsWith("$") || fieldPath.contains("..") || fieldPath.endsWith(".")
                    || fieldPath.startsWith(".") || fieldPath.indexOf('\0') >= 0) {
                problems.add(mapping, at, "index path '" + Names.printable(fieldPath)
                        + "' is not a document path", "write field names joined by dots, e.g. site.id");
            } else if (!topLevel.isEmpty() && !topLevel.contains(first)) {
                problems.add(mapping, at, "index path '" + fieldPath + "' does not start with a field of collection '"
                        + collection.name() + "'", Suggestions.didYouMean(first, topLevel));
            }
        }
    }
}
