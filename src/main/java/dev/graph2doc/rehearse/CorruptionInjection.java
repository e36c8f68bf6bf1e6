package dev.graph2doc.rehearse;

import com.mongodb.MongoSocketException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The corruption fault's injection: the chosen documents rewritten directly in MongoDB (version unchanged, so only a
 * comparison can tell), and how many really changed. No target, or no document changed, is "not injected" with the
 * reason — never a fault graph2doc failed to survive.
 */
final class CorruptionInjection {

    static final String NAME = "corrupted documents";

    /** What the injection did: the keys of the documents it changed and a sentence, or why it injected nothing. */
    record Injection(List<Object> keys, String what, String notInjectedBecause) {

        boolean injected() {
            return notInjectedBecause == null;
        }
    }

    private CorruptionInjection() {
    }

    static Injection inject(MongoDatabase database, Optional<Workload.Corruption> target) {
        if (target.isEmpty()) {
            return new Injection(List.of(), "", CorruptionTarget.NONE);
        }
        Workload.Corruption c = target.get();
        MongoCollection<Document> documents = database.getCollection(c.collection());
        List<Object> keys = new ArrayList<>();
        for (Object key : c.keys()) {
            if (corruptOne(documents, key, c) == 1) {
                keys.add(key);
            }
        }
        String assignment = c.field() + " = " + (c.value() instanceof String ? "'" + c.value() + "'" : c.value());
        if (keys.isEmpty()) {
            return new Injection(keys, "", "0 of the " + c.keys().size() + " chosen " + c.collection() + " document(s) changed in "
                    + database.getName() + " when setting " + assignment + " (absent from MongoDB, or holding that value already)");
        }
        return new Injection(keys, "corrupted " + keys.size() + " document(s) of " + c.collection() + ": " + assignment
                + ", rewritten directly in MongoDB", null);
    }

    /** Retried once: the rehearsal's own client may still hold a connection from before MongoDB's restart. */
    private static long corruptOne(MongoCollection<Document> documents, Object key, Workload.Corruption c) {
        try {
            return documents.updateOne(Filters.eq("_id", key), Updates.set(c.field(), c.value())).getModifiedCount();
        } catch (MongoSocketException e) {
            return documents.updateOne(Filters.eq("_id", key), Updates.set(c.field(), c.value())).getModifiedCount();
        }
    }
}
