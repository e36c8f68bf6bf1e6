package dev.graph2doc.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseChange;
import dev.graph2doc.phase.PhaseStore;
import dev.graph2doc.phase.TenantPhase;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Tenant phases ({@code tenant_phases}: {_id: tenant, phase, since, version}) and the audit log
 * ({@code phase_audit}, one document per tenant version) in the control database. A first transition inserts,
 * relying on the unique _id; later ones update with the expected version in the filter.
 *
 * <p>Control-plane data, not a tenant's documents: it opens the control database directly rather than through
 * {@link TenantCollection} (one of the exceptions listed in {@code QuerySafetyArchitectureTest}).
 */
public final class MongoPhaseStore implements PhaseStore {

    private final MongoCollection<Document> phases;
    private final MongoCollection<Document> audit;

    public MongoPhaseStore(MongoClient client, String controlDatabase) {
        MongoDatabase db = client.getDatabase(controlDatabase);
        this.phases = db.getCollection("tenant_phases");
        this.audit = db.getCollection("phase_audit");
    }

    @Override
    public Optional<TenantPhase> find(String tenant) {
        return Optional.ofNullable(phases.find(Filters.eq("_id", tenant)).first()).map(MongoPhaseStore::phase);
    }

    @Override
    public List<TenantPhase> all() {
        List<TenantPhase> out = new ArrayList<>();
        phases.find().sort(Sorts.ascending("_id")).forEach(d -> out.add(phase(d)));
        return out;
    }

    @Override
    public boolean compareAndSet(TenantPhase expected, TenantPhase next) {
        if (!expected.stored()) {
            try {
                phases.insertOne(new Document("_id", next.tenant()).append("phase", next.phase().name())
                        .append("since", Date.from(next.since())).append("version", next.version()));
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        Bson same = Filters.and(Filters.eq("_id", expected.tenant()), Filters.eq("version", expected.version()));
        Bson set = Updates.combine(Updates.set("phase", next.phase().name()), Updates.set("since", Date.from(next.since())),
                Updates.set("version", next.version()));
        return phases.updateOne(same, set).getMatchedCount() == 1;
    }

    @Override
    public void record(PhaseChange c) {
        Document d = new Document("_id", c.tenant() + "/" + c.version()).append("tenant", c.tenant())
                .append("version", c.version()).append("from", c.from().name()).append("to", c.to().name())
                .append("who", c.who()).append("at", Date.from(c.at())).append("reason", c.reason())
                .append("forced", c.forced()).append("automatic", c.automatic());
        audit.replaceOne(Filters.eq("_id", d.get("_id")), d, new ReplaceOptions().upsert(true));
    }

    @Override
    public List<PhaseChange> history(String tenant) {
        Bson filter = tenant == null ? new Document() : Filters.eq("tenant", tenant);
        List<PhaseChange> out = new ArrayList<>();
        audit.find(filter).sort(Sorts.descending("at", "version")).forEach(d -> out.add(change(d)));
        return out;
    }

    private static TenantPhase phase(Document d) {
        return new TenantPhase(d.getString("_id"), Phase.valueOf(d.getString("phase")), d.getDate("since").toInstant(),
                d.get("version", Number.class).longValue());
    }

    private static PhaseChange change(Document d) {
        return new PhaseChange(d.getString("tenant"), d.get("version", Number.class).longValue(),
                Phase.valueOf(d.getString("from")), Phase.valueOf(d.getString("to")), d.getString("who"),
                d.getDate("at").toInstant(), d.getString("reason"), d.getBoolean("forced", false),
                d.getBoolean("automatic", false));
    }
}
