package dev.graph2doc.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.graph2doc.read.shadow.MismatchSample;
import dev.graph2doc.read.shadow.MismatchSampleStore;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * {@code mismatch_samples} in the control database, capped by hand: mongo-java-server has no capped collections
 * (bwaldvogel/mongo-java-server#219), so every {@code capacity / 10} additions delete all but the newest
 * {@code capacity} (ObjectIds grow with time). The collection briefly holds up to 10% more.
 *
 * <p>Control-plane data, not a tenant's documents: it opens the control database directly rather than through
 * {@link TenantCollection} (one of the exceptions listed in {@code QuerySafetyArchitectureTest}).
 */
public final class MongoMismatchSampleStore implements MismatchSampleStore {

    private final MongoCollection<Document> samples;
    private final int capacity;
    private final AtomicLong added = new AtomicLong();

    public MongoMismatchSampleStore(MongoClient client, String controlDatabase, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("graph2doc.read.compare.samples = " + capacity + " must be at least 1");
        }
        this.samples = client.getDatabase(controlDatabase).getCollection("mismatch_samples");
        this.capacity = capacity;
    }

    @Override
    public void add(MismatchSample s) {
        samples.insertOne(new Document("_id", new ObjectId()).append("at", Date.from(s.at())).append("tenant", s.tenant())
                .append("collection", s.collection()).append("key", s.key()).append("outcome", s.outcome())
                .append("paths", s.paths()).append("controlStore", s.controlStore())
                .append("candidateStore", s.candidateStore()).append("control", s.control())
                .append("candidate", s.candidate()));
        if (added.incrementAndGet() % Math.max(1, capacity / 10) == 0) {
            trim();
        }
    }

    private void trim() {
        Document oldestKept = samples.find().sort(Sorts.descending("_id")).skip(capacity - 1).limit(1).first();
        if (oldestKept != null) {
            samples.deleteMany(Filters.lt("_id", oldestKept.getObjectId("_id")));
        }
    }

    @Override
    public List<MismatchSample> recent(String tenant, String collection, int limit) {
        List<Bson> and = new ArrayList<>();
        if (tenant != null) {
            and.add(Filters.eq("tenant", tenant));
        }
        if (collection != null) {
            and.add(Filters.eq("collection", collection));
        }
        List<MismatchSample> out = new ArrayList<>();
        samples.find(and.isEmpty() ? new Document() : Filters.and(and)).sort(Sorts.descending("_id"))
                .limit(Math.min(limit, capacity)).forEach(d -> out.add(sample(d)));
        return out;
    }

    private static MismatchSample sample(Document d) {
        return new MismatchSample(d.getDate("at").toInstant(), d.getString("tenant"), d.getString("collection"),
                d.getString("key"), d.getString("outcome"), d.getList("paths", String.class),
                d.getString("controlStore"), d.getString("candidateStore"), d.getString("control"),
                d.getString("candidate"));
    }
}
