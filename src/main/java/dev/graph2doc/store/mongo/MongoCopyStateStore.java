package dev.graph2doc.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.graph2doc.copy.CopyFinding;
import dev.graph2doc.copy.CopyPartition;
import dev.graph2doc.copy.CopyPlan;
import dev.graph2doc.copy.CopyStateStore;
import dev.graph2doc.copy.CopyVerdict;
import dev.graph2doc.copy.PartitionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Copy plans, partition leases and checkpoints, findings and verdicts in the control database; every change is one atomic document update.
 *
 * <p>Control-plane data, not a tenant's documents: it opens the control database directly rather than through
 * {@link TenantCollection} (one of the exceptions listed in {@code QuerySafetyArchitectureTest}).
 */
public final class MongoCopyStateStore implements CopyStateStore {

    private final MongoCollection<Document> plans;
    private final MongoCollection<Document> partitions;
    private final MongoCollection<Document> control;
    private final MongoCollection<Document> findings;
    private final MongoCollection<Document> verdicts;

    public MongoCopyStateStore(MongoClient client, String controlDatabase) {
        MongoDatabase db = client.getDatabase(controlDatabase);
        this.plans = db.getCollection("copy_plans");
        this.partitions = db.getCollection("copy_partitions");
        this.control = db.getCollection("copy_control");
        this.findings = db.getCollection("copy_findings");
        this.verdicts = db.getCollection("copy_verdicts");
    }

    @Override
    public CopyPlan savePlanIfAbsent(CopyPlan plan) {
        try {
            plans.insertOne(CopyDocuments.plan(plan));
            return plan;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return plan(plan.tenant(), plan.collection()).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<CopyPlan> plan(String tenant, String collection) {
        return Optional.ofNullable(plans.find(Filters.eq("_id", tenant + "/" + collection)).first())
                .map(CopyDocuments::plan);
    }

    @Override
    public void discardPlan(String tenant, String collection) {
        plans.deleteOne(Filters.eq("_id", tenant + "/" + collection));
        Bson of = Filters.and(Filters.eq("tenant", tenant), Filters.eq("collection", collection));
        partitions.deleteMany(of);
        findings.deleteMany(of);
        verdicts.deleteOne(Filters.eq("_id", tenant + "/" + collection));
    }

    @Override
    public List<CopyPlan> plans() {
        List<CopyPlan> out = new ArrayList<>();
        plans.find().sort(Sorts.ascending("_id")).forEach(d -> out.add(CopyDocuments.plan(d)));
        return out;
    }

    @Override
    public Optional<PartitionState> claim(CopyPartition p, String owner, Instant now, Instant leaseUntil) {
        Bson free = Filters.and(Filters.eq("_id", p.id()), Filters.ne("done", true), Filters.or(
                Filters.eq("owner", null), Filters.eq("owner", owner), Filters.lt("leaseUntil", Date.from(now))));
        Bson take = Updates.combine(Updates.set("owner", owner), Updates.set("leaseUntil", Date.from(leaseUntil)),
                Updates.setOnInsert(CopyDocuments.newPartition(p, now)));
        try {
            Document taken = partitions.findOneAndUpdate(free, take,
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return Optional.ofNullable(taken).map(CopyDocuments::partitionState);
        } catch (MongoCommandException | MongoWriteException e) {
            if (isDuplicateKey(e)) {
                return Optional.empty(); // exists and held by a live owner, or done
            }
            throw e;
        }
    }

    @Override
    public boolean checkpoint(CopyPartition p, String owner, Object lastKey, long copied, Instant leaseUntil) {
        return partitions.updateOne(Filters.and(Filters.eq("_id", p.id()), Filters.eq("owner", owner)),
                Updates.combine(Updates.set("checkpoint", BsonValues.toBson(lastKey)), Updates.set("copied", copied),
                        Updates.set("leaseUntil", Date.from(leaseUntil)))).getMatchedCount() == 1;
    }

    @Override
    public boolean complete(CopyPartition p, String owner, long copied, Instant finishedAt) {
        return partitions.updateOne(Filters.and(Filters.eq("_id", p.id()), Filters.eq("owner", owner)),
                Updates.combine(Updates.set("done", true), Updates.set("copied", copied), Updates.set("owner", null),
                        Updates.set("leaseUntil", null), Updates.set("finishedAt", Date.from(finishedAt))))
                .getMatchedCount() == 1;
    }

    @Override
    public void release(CopyPartition p, String owner) {
        partitions.updateOne(Filters.and(Filters.eq("_id", p.id()), Filters.eq("owner", owner)),
                Updates.combine(Updates.set("owner", null), Updates.set("leaseUntil", null)));
    }

    @Override
    public List<PartitionState> partitions(String tenant, String collection) {
        List<PartitionState> out = new ArrayList<>();
        partitions.find(Filters.and(Filters.eq("tenant", tenant), Filters.eq("collection", collection)))
                .sort(Sorts.ascending("index")).forEach(d -> out.add(CopyDocuments.partitionState(d)));
        return out;
    }

    @Override
    public void recordFinding(CopyFinding finding) {
        Document stored = CopyDocuments.finding(finding);
        findings.replaceOne(Filters.eq("_id", stored.get("_id")), stored, new ReplaceOptions().upsert(true));
    }

    @Override
    public List<CopyFinding> findings(String tenant, String collection, int limit) {
        List<CopyFinding> out = new ArrayList<>();
        findings.find(Filters.and(Filters.eq("tenant", tenant), Filters.eq("collection", collection))).limit(limit)
                .forEach(d -> out.add(CopyDocuments.finding(d)));
        return out;
    }

    @Override
    public long countFindings(String tenant, String collection) {
        return findings.countDocuments(Filters.and(Filters.eq("tenant", tenant), Filters.eq("collection", collection)));
    }

    @Override
    public void saveVerdict(CopyVerdict verdict) {
        Document stored = CopyDocuments.verdict(verdict);
        verdicts.replaceOne(Filters.eq("_id", stored.get("_id")), stored, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<CopyVerdict> verdict(String tenant, String collection) {
        return Optional.ofNullable(verdicts.find(Filters.eq("_id", tenant + "/" + collection)).first())
                .map(CopyDocuments::verdict);
    }

    @Override
    public CopyControl control() {
        Document d = control.find(Filters.eq("_id", "copy")).first();
        return d == null ? CopyControl.DEFAULT
                : new CopyControl(d.getBoolean("paused", false), d.get("maxDocumentsPerSecond", Number.class).longValue());
    }

    @Override
    public void saveControl(CopyControl c) {
        control.replaceOne(Filters.eq("_id", "copy"), new Document("_id", "copy").append("paused", c.paused())
                .append("maxDocumentsPerSecond", c.maxDocumentsPerSecond()), new ReplaceOptions().upsert(true));
    }

    private static boolean isDuplicateKey(RuntimeException e) {
        if (e instanceof MongoWriteException w) {
            return w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return ((MongoCommandException) e).getErrorCode() == 11000;
    }
}
