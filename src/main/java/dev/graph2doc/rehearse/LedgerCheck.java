package dev.graph2doc.rehearse;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.rehearse.Ledger.DocumentId;
import dev.graph2doc.rehearse.Ledger.Expected;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;

/**
 * The independent end check: reads MongoDB directly with the driver (not through graph2doc) and confirms every
 * document of the ledger holds its last acknowledged value, or is gone (absent or a tombstone) when its last
 * acknowledged write deleted it; relationship fields show (or no longer show) the neighbours acknowledged linked (or
 * unlinked). Numbers compare by value (an Int64 5 equals a Double 5.0).
 */
final class LedgerCheck {

    static final int MAX_EXAMPLES = 20;

    /**
     * Documents checked, how many were wrong, and up to {@link #MAX_EXAMPLES} named with what was wrong; {@code
     * unknownWrites}: writes answered with a 5xx or not at all (see {@link Ledger}); {@code heldUnknown}: documents
     * that hold not their last acknowledged value but one such a later write may have left — not lost.
     */
    record Result(long documentsChecked, long writesCovered, long missing, List<String> examples, long unknownWrites,
                  long heldUnknown) {

        Result(long documentsChecked, long writesCovered, long missing, List<String> examples) {
            this(documentsChecked, writesCovered, missing, examples, 0, 0);
        }

        boolean clean() {
            return missing == 0;
        }
    }

    private final MongoClient mongo;
    private final Mapping mapping;

    LedgerCheck(MongoClient mongo, Mapping mapping) {
        this.mongo = mongo;
        this.mapping = mapping;
    }

    Result check(Ledger ledger) {
        long missing = 0;
        long writes = 0;
        long unknown = 0;
        List<String> examples = new ArrayList<>();
        Map<DocumentId, Expected> all = ledger.snapshot();
        for (Map.Entry<DocumentId, Expected> entry : all.entrySet()) {
            writes += entry.getValue().acknowledgedWrites();
            Document stored = stored(entry.getKey());
            String problem = problem(entry.getKey(), entry.getValue(), stored);
            if (problem != null && ledger.possible(entry.getKey()).stream()
                    .anyMatch(possible -> problem(entry.getKey(), possible, stored) == null)) {
                unknown++;
            } else if (problem != null) {
                missing++;
                if (examples.size() < MAX_EXAMPLES) {
                    String by = entry.getValue().lastAcknowledgedBy();
                    examples.add(entry.getKey() + ": " + problem + (by == null ? "" : " (last acknowledged by " + by + ")"));
                }
            }
        }
        return new Result(all.size(), writes, missing, examples, ledger.unknownWrites(), unknown);
    }

    private Document stored(DocumentId id) {
        return mongo.getDatabase(mapping.target().databaseFor(id.tenant())).getCollection(id.collection())
                .find(Filters.eq("_id", id.key())).first();
    }

    private String problem(DocumentId id, Expected expected, Document stored) {
        boolean live = stored != null && !Boolean.TRUE.equals(stored.get("_g2d_deleted"));
        if (expected.deleted()) {
            return live ? "deleted (acknowledged) but still in MongoDB" : null;
        }
        if (!live) {
            return "missing from MongoDB (" + expected.acknowledgedWrites() + " acknowledged write(s), last: "
                    + expected.fields() + ")";
        }
        List<String> wrong = new ArrayList<>();
        expected.fields().forEach((field, value) -> {
            Object actual = stored.get(field);
            if (!same(value, actual)) {
                wrong.add(field + " = " + actual + ", acknowledged " + value);
            }
        });
        expected.members().forEach((field, shown) -> shown.forEach((neighbour, present) -> {
            if (shows(id.collection(), field, stored.get(field), neighbour) != present) {
                wrong.add(field + (present ? " lacks " : " still shows ") + neighbour + ", acknowledged "
                        + (present ? "linked" : "unlinked"));
            }
        }));
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    /**
     * Whether a relationship field shows the neighbour: a reference list holds its key; an embedded array or object
     * holds an item whose key field (the neighbour collection's key) is it.
     */
    private boolean shows(String collection, String field, Object value, Object neighbour) {
        String itemKey = mapping.collection(collection).flatMap(c -> c.embeds().stream()
                        .filter(e -> e.field().equals(field)).findFirst())
                .flatMap(e -> mapping.rootedAt(e.target())).map(CollectionMapping::key).orElse(null);
        List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        return items.stream().anyMatch(item -> itemKey == null ? same(neighbour, item)
                : item instanceof Map<?, ?> embedded && same(neighbour, embedded.get(itemKey)));
    }

    static boolean same(Object expected, Object actual) {
        if (expected instanceof Number e && actual instanceof Number a) {
            return Double.compare(e.doubleValue(), a.doubleValue()) == 0;
        }
        return Objects.equals(expected, actual);
    }
}
