package dev.graph2doc.store.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.Filters;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.store.DocumentStore.Refused;
import dev.graph2doc.store.DocumentStore.UpsertSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The copy's write of one chunk. Documents MongoDB would refuse for their content are set aside first (a finding
 * each, never a retry); the others are inserted, and only those that already exist get the version-guarded replace.
 * On a first copy almost none exist; and a guard beside {@code _id} makes mongo-java-server scan the whole
 * collection (its index only serves filters on exactly {@code _id}).
 */
final class UpsertIfNewer {

    private static final int DUPLICATE_KEY = 11000;

    private final TenantCollection target;
    private final List<Refused> refused = new ArrayList<>();

    private UpsertIfNewer(TenantCollection target) {
        this.target = target;
    }

    static UpsertSummary write(TenantCollection target, List<DocumentView> documents) {
        return new UpsertIfNewer(target).write(documents);
    }

    /** The guard of every write rendered from the graph: the stored document is older, and not MongoDB's alone. */
    static Bson olderOrAbsent(long version) {
        return Filters.and(Filters.or(Filters.lt(StoredDocuments.VERSION, version),
                Filters.exists(StoredDocuments.VERSION, false)), StoredDocuments.NOT_ALONE);
    }

    private UpsertSummary write(List<DocumentView> documents) {
        List<DocumentView> views = new ArrayList<>();
        List<Document> stored = new ArrayList<>();
        for (DocumentView d : documents) {
            Document s = StoredDocuments.toStored(target, d);
            long bytes = ContentLimits.bytes(s);
            Optional<String> problem = ContentLimits.problem(s, bytes);
            if (problem.isPresent()) {
                refused.add(new Refused(d.key(), bytes, problem.get()));
            } else {
                views.add(d);
                stored.add(s);
            }
        }
        int refusedBefore = refused.size();
        int kept = stored.isEmpty() ? 0 : insertThenReplace(views, stored);
        int refusedByServer = refused.size() - refusedBefore;
        return new UpsertSummary(views.size() - kept - refusedByServer, kept, refused);
    }

    private int insertThenReplace(List<DocumentView> views, List<Document> stored) {
        List<Integer> existing = insertAbsent(views, stored);
        if (existing.isEmpty()) {
            return 0;
        }
        return replaceOlder(existing.stream().map(views::get).toList(), existing.stream().map(stored::get).toList());
    }

    /** Positions of the documents not inserted because one with their {@code _id} exists. */
    private List<Integer> insertAbsent(List<DocumentView> views, List<Document> stored) {
        try {
            target.insertAll(stored);
            return List.of();
        } catch (MongoBulkWriteException e) {
            return duplicateKeyPositions(e, views, stored);
        } catch (RuntimeException e) {
            if (!ContentLimits.isContentFailure(e)) {
                throw e;
            }
            return oneByOne(views, stored); // the driver refused the whole batch for one document: find which
        }
    }

    private List<Integer> oneByOne(List<DocumentView> views, List<Document> stored) {
        List<Integer> existing = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            List<DocumentView> view = List.of(views.get(i));
            List<Document> one = List.of(stored.get(i));
            try {
                target.insertAll(one);
            } catch (MongoBulkWriteException e) {
                if (!duplicateKeyPositions(e, view, one).isEmpty()) {
                    existing.add(i);
                }
            } catch (RuntimeException e) {
                if (!ContentLimits.isContentFailure(e)) {
                    throw e;
                }
                refused.add(new Refused(views.get(i).key(), ContentLimits.bytes(stored.get(i)),
                        "the MongoDB driver refused it: " + e.getMessage()));
            }
        }
        return existing;
    }

    /** Replaces each stored document that is older (or unversioned); returns how many were kept as newer. */
    private int replaceOlder(List<DocumentView> views, List<Document> stored) {
        List<TenantCollection.Replacement> writes = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            writes.add(new TenantCollection.Replacement(stored.get(i), olderOrAbsent(views.get(i).version())));
        }
        try {
            target.replaceAll(writes);
            return 0;
        } catch (MongoBulkWriteException e) {
            return duplicateKeyPositions(e, views, stored).size();
        }
    }

    /**
     * A duplicate key is the expected answer (the document exists, or is as new or newer); any other error of one
     * document is MongoDB refusing that document, and it is set aside as refused.
     */
    private List<Integer> duplicateKeyPositions(MongoBulkWriteException e, List<DocumentView> views,
                                                List<Document> stored) {
        if (e.getWriteConcernError() != null) {
            throw e;
        }
        List<Integer> positions = new ArrayList<>();
        for (BulkWriteError error : e.getWriteErrors()) {
            if (error.getCode() == DUPLICATE_KEY) {
                positions.add(error.getIndex());
            } else {
                refused.add(new Refused(views.get(error.getIndex()).key(), ContentLimits.bytes(stored.get(error.getIndex())),
                        "MongoDB refused it: " + error.getMessage() + " (code " + error.getCode() + ")"));
            }
        }
        return positions;
    }
}
