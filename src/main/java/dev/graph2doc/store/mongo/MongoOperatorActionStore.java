package dev.graph2doc.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.graph2doc.security.OperatorAction;
import dev.graph2doc.security.OperatorActionStore;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * {@code operator_actions} in the control database (not tenant data), capped by hand like
 * {@link MongoMismatchSampleStore}: every {@code capacity / 10} additions delete all but the newest {@code capacity}.
 */
public final class MongoOperatorActionStore implements OperatorActionStore {

    private final MongoCollection<Document> actions;
    private final int capacity;
    private final AtomicLong added = new AtomicLong();

    public MongoOperatorActionStore(MongoClient client, String controlDatabase, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("graph2doc.security.audit-capacity = " + capacity + " must be at least 1");
        }
        this.actions = client.getDatabase(controlDatabase).getCollection("operator_actions");
        this.capacity = capacity;
    }

    @Override
    public void add(OperatorAction a) {
        actions.insertOne(new Document("_id", new ObjectId()).append("at", Date.from(a.at())).append("who", a.who())
                .append("action", a.action()).append("detail", a.detail()));
        if (added.incrementAndGet() % Math.max(1, capacity / 10) == 0) {
            Document oldestKept = actions.find().sort(Sorts.descending("_id")).skip(capacity - 1).limit(1).first();
            if (oldestKept != null) {
                actions.deleteMany(Filters.lt("_id", oldestKept.getObjectId("_id")));
            }
        }
    }

    @Override
    public List<OperatorAction> recent(int limit) {
        List<OperatorAction> out = new ArrayList<>();
        actions.find().sort(Sorts.descending("_id")).limit(limit).forEach(d -> out.add(new OperatorAction(
                d.getDate("at").toInstant(), d.getString("who"), d.getString("action"), d.getString("detail"))));
        return out;
    }
}
