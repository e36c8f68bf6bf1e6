package dev.graph2doc.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.graph2doc.read.shadow.ComparisonTallyStore;
import org.bson.Document;

/**
 * {@code read_tallies} in the control database: {_id: {tenant, phaseVersion}, comparisons, mismatches}, by $inc.
 *
 * <p>Control-plane data, not a tenant's documents: it opens the control database directly rather than through
 * {@link TenantCollection} (one of the exceptions listed in {@code QuerySafetyArchitectureTest}).
 */
public final class MongoComparisonTallyStore implements ComparisonTallyStore {

    private final MongoCollection<Document> tallies;

    public MongoComparisonTallyStore(MongoClient client, String controlDatabase) {
        this.tallies = client.getDatabase(controlDatabase).getCollection("read_tallies");
    }

    @Override
    public void add(String tenant, long phaseVersion, long comparisons, long mismatches) {
        tallies.updateOne(Filters.eq("_id", id(tenant, phaseVersion)),
                Updates.combine(Updates.inc("comparisons", comparisons), Updates.inc("mismatches", mismatches)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Tally get(String tenant, long phaseVersion) {
        Document d = tallies.find(Filters.eq("_id", id(tenant, phaseVersion))).first();
        if (d == null) {
            return Tally.NONE;
        }
        return new Tally(d.get("comparisons", Number.class).longValue(), d.get("mismatches", Number.class).longValue());
    }

    private static Document id(String tenant, long phaseVersion) {
        return new Document("tenant", tenant).append("phaseVersion", phaseVersion);
    }
}
