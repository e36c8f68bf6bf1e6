package dev.graph2doc.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * mongo-java-server's in-memory backend, answering every query that fixes {@code _id} to one value from the
 * {@code _id} index, as MongoDB does. The stock server uses an index only when the filter is exactly
 * {@code {_id: value}} (and the driver sends {@code Filters.and} as {@code $and}), so {@code {_id: value, _g2d_v: 3}}
 * (a version-guarded write) or {@code {_id: value, _g2d_deleted: {$ne: true}}} (a read by key) scanned the whole
 * collection. Top-level fields and {@code $and} parts must all hold, so the documents with that {@code _id} are a
 * superset of the answer; the full filter is still checked on them.
 */
public class IdLookupMemoryBackend extends MemoryBackend {

    private final AtomicLong idLookups = new AtomicLong();

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry(), idLookups);
    }

    /** Queries answered through the {@code _id} index that the stock server would have scanned for. */
    public long idLookups() {
        return idLookups.get();
    }

    private static final class Database extends MemoryDatabase {

        private final AtomicLong idLookups;

        Database(String name, CursorRegistry cursors, AtomicLong idLookups) {
            super(name, cursors);
            this.idLookups = idLookups;
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
            // Called from the superclass constructor for system collections too, before idLookups is assigned.
            return new IdLookupCollection(this, name, options, cursorRegistry, idLookups);
        }
    }

    private static final class IdLookupCollection extends MemoryCollection {

        private final AtomicLong idLookups;

        IdLookupCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors,
                           AtomicLong idLookups) {
            super(database, name, options, cursors);
            this.idLookups = idLookups;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            Object id = query.size() == 1 && query.containsKey("_id") ? null : fixedId(query);
            Index<Integer> ids = id == null ? null : idIndex();
            if (ids == null) {
                return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
            }
            if (idLookups != null) {
                idLookups.incrementAndGet();
            }
            Iterable<Integer> positions = ids.getPositions(new Document("_id", id));
            return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
        }

        /** The one {@code _id} the filter requires, at its top level or in a top-level {@code $and} (the driver's form). */
        private static Object fixedId(Document query) {
            if (isSingleValue(query.get("_id"))) {
                return query.get("_id");
            }
            if (query.get("$and") instanceof List<?> all) {
                for (Object part : all) {
                    Object id = part instanceof Document d ? fixedId(d) : null;
                    if (id != null) {
                        return id;
                    }
                }
            }
            return null;
        }

        private Index<Integer> idIndex() {
            return getIndexes().stream().filter(i -> i.isUnique() && i.getKeys().size() == 1
                    && i.getKeys().get(0).getKey().equals("_id")).findFirst().orElse(null);
        }

        /** A plain value or an embedded document without operators — not {@code {$gt: ...}}, not an array. */
        private static boolean isSingleValue(Object value) {
            if (value == null || value instanceof Collection<?>) {
                return false;
            }
            return !(value instanceof Document d) || d.keySet().stream().noneMatch(k -> k.startsWith("$"));
        }
    }
}
