package dev.graph2doc.store.neo4j;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentValues;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.mapping.Shape;
import dev.graph2doc.mapping.UnmappableValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Turns the rows of a {@link RenderQuery} into documents: field order, internal properties left out, values mapped. */
final class DocumentAssembler {

    private final CollectionMapping collection;

    DocumentAssembler(CollectionMapping collection) {
        this.collection = collection;
    }

    /**
     * The documents of the rows, each torn row (see {@link #torn}) replaced by {@code reread}'s consistent one, or
     * left out when {@code reread} finds its root deleted meanwhile; the page still ends at the last row read.
     */
    RenderBatch assemble(List<Record> rows, UnaryOperator<Record> reread) {
        List<DocumentView> documents = new ArrayList<>(rows.size());
        List<UnmappableValueException> problems = new ArrayList<>();
        Object lastKey = null;
        for (Record read : rows) {
            Object key = Neo4jValues.toDocumentValue(read.get("key"));
            lastKey = key;
            Record row = torn(read) ? reread.apply(read) : read;
            if (row == null) {
                continue;
            }
            try {
                documents.add(document(row, key));
            } catch (UnmappableValueException e) {
                problems.add(e);
            }
        }
        return new RenderBatch(documents, problems, lastKey, rows.size());
    }

    /** A row whose root's version changed while it was read: its body may belong to another version. */
    static boolean torn(Record row) {
        return !row.get("version").equals(row.get("versionAfter"));
    }

    private DocumentView document(Record row, Object key) {
        Map<String, Object> body = fields(row.get("props"), collection.fields(), key, "");
        for (int i = 0; i < collection.embeds().size(); i++) {
            Embed embed = collection.embeds().get(i);
            body.put(embed.field(), embedded(embed, row.get("e" + i), key));
        }
        for (int i = 0; i < collection.references().size(); i++) {
            String field = collection.references().get(i).field();
            body.put(field, value(row.get("r" + i), key, field));
        }
        long version = row.get("version").isNull() ? 0L : row.get("version").asLong();
        return new DocumentView(collection.name(), key, version, body);
    }

    private Object embedded(Embed embed, Value items, Object key) {
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String path = embed.field() + (embed.shape() == Shape.ARRAY ? "." + i : "");
            Map<String, Object> item = fields(items.get(i).get(0), embed.fields(), key, path + ".");
            item.putAll(fields(items.get(i).get(1), embed.relFields(), key, path + "."));
            out.add(item);
        }
        if (embed.shape() == Shape.OBJECT) {
            return out.isEmpty() ? null : out.get(0);
        }
        return out;
    }

    /** Listed fields in their listed order, present ones only; all fields sorted by name, internal ones left out. */
    private Map<String, Object> fields(Value props, Fields fields, Object key, String prefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        Iterable<String> names = fields.names();
        if (fields.all()) {
            TreeSet<String> sorted = new TreeSet<>();
            props.keys().forEach(sorted::add);
            names = sorted;
        }
        for (String name : names) {
            Value v = props.get(name);
            if (v.isNull() || name.startsWith(DocumentValues.INTERNAL_PREFIX)) {
                continue;
            }
            out.put(name, value(v, key, prefix + name));
        }
        return out;
    }

    private Object value(Value v, Object key, String path) {
        try {
            return Neo4jValues.toDocumentValue(v);
        } catch (IllegalArgumentException e) {
            throw new UnmappableValueException(collection.name(), key, path, e.getMessage());
        }
    }
}
