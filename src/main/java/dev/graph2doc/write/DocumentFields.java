package dev.graph2doc.write;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentValues;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.mapping.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How the renderer lays out properties and documents, as plain maps: the one place the patcher shapes a body. */
final class DocumentFields {

    private DocumentFields() {
    }

    /** Listed properties in their listed order, present ones only; or all of them sorted by name, internal ones left out. */
    static Map<String, Object> select(Fields fields, Map<String, Object> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (fields.all()) {
            new TreeMap<>(properties).forEach((name, value) -> {
                if (value != null && !name.startsWith(DocumentValues.INTERNAL_PREFIX)) {
                    out.put(name, value);
                }
            });
            return out;
        }
        for (String name : fields.names()) {
            if (properties.get(name) != null) {
                out.put(name, properties.get(name));
            }
        }
        return out;
    }

    /** The root node's properties a document carries: the body without its embed and reference fields. */
    static Map<String, Object> nodeProperties(CollectionMapping collection, Map<String, Object> body) {
        Map<String, Object> out = new LinkedHashMap<>(body);
        collection.embeds().forEach(e -> out.remove(e.field()));
        collection.references().forEach(r -> out.remove(r.field()));
        return out;
    }

    /** A body in the renderer's order: root fields, then each embed, then each reference ({@code old} may be null). */
    static Map<String, Object> layout(CollectionMapping collection, Map<String, Object> properties,
                                      Map<String, Object> old) {
        Map<String, Object> body = select(collection.fields(), properties);
        for (Embed e : collection.embeds()) {
            Object empty = e.shape() == Shape.ARRAY ? List.of() : null;
            body.put(e.field(), old == null ? empty : old.get(e.field()));
        }
        for (Reference r : collection.references()) {
            body.put(r.field(), old == null ? List.of() : old.get(r.field()));
        }
        return body;
    }

    /** {@code properties} with {@code changes} merged in: a null value removes the property. */
    static Map<String, Object> merge(Map<String, Object> properties, Map<String, Object> changes) {
        Map<String, Object> out = new LinkedHashMap<>(properties);
        changes.forEach((name, value) -> {
            if (value == null) {
                out.remove(name);
            } else {
                out.put(name, value);
            }
        });
        return out;
    }
}
