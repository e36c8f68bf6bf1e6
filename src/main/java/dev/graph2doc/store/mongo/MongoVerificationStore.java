package dev.graph2doc.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.graph2doc.read.verify.VerificationCounts;
import dev.graph2doc.read.verify.VerificationExample;
import dev.graph2doc.read.verify.VerificationRequest;
import dev.graph2doc.read.verify.VerificationRun;
import dev.graph2doc.read.verify.VerificationSlice;
import dev.graph2doc.read.verify.VerificationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Verification runs in the control database: a document per run (state, lease) and one per slice (checkpoint,
 * counts, examples, raced keys), so a run over many tenants never nears MongoDB's document size limit.
 *
 * <p>Control-plane data, not a tenant's documents: it opens the control database directly rather than through
 * {@link TenantCollection} (one of the exceptions listed in {@code QuerySafetyArchitectureTest}).
 */
public final class MongoVerificationStore implements VerificationStore {

    private final MongoCollection<Document> runs;
    private final MongoCollection<Document> slices;
    private final MongoCollection<Document> clean;

    public MongoVerificationStore(MongoClient client, String controlDatabase) {
        MongoDatabase db = client.getDatabase(controlDatabase);
        this.runs = db.getCollection("verification_runs");
        this.slices = db.getCollection("verification_slices");
        this.clean = db.getCollection("verification_clean");
    }

    @Override
    public void create(VerificationRun run) {
        // slices first: a worker that claims the run finds them all
        if (!run.slices().isEmpty()) {
            slices.insertMany(run.slices().stream().map(s -> slice(run.id(), s)).toList());
        }
        runs.insertOne(new Document("_id", run.id()).append("tenants", run.request().tenants())
                .append("collections", run.request().collections()).append("repair", run.request().repair())
                .append("state", run.state().name()).append("startedAt", Date.from(run.startedAt()))
                .append("finishedAt", null).append("error", null).append("owner", null).append("leaseUntil", null));
    }

    @Override
    public Optional<VerificationRun> find(String id) {
        return Optional.ofNullable(runs.find(Filters.eq("_id", id)).first()).map(this::run);
    }

    @Override
    public List<VerificationRun> recent(int limit) {
        List<VerificationRun> out = new ArrayList<>();
        runs.find().sort(Sorts.descending("startedAt", "_id")).limit(limit).forEach(d -> out.add(run(d)));
        return out;
    }

    @Override
    public Optional<VerificationRun> claim(String owner, Instant now, Instant leaseUntil) {
        Bson free = Filters.and(running(), Filters.or(Filters.eq("owner", null), Filters.eq("owner", owner),
                Filters.lt("leaseUntil", Date.from(now))));
        Document taken = runs.findOneAndUpdate(free, lease(owner, leaseUntil), new FindOneAndUpdateOptions()
                .sort(Sorts.ascending("startedAt", "_id")).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(taken).map(this::run);
    }

    @Override
    public boolean checkpoint(String runId, String owner, VerificationSlice slice, Instant leaseUntil) {
        if (runs.updateOne(ours(runId, owner), lease(owner, leaseUntil)).getMatchedCount() != 1) {
            return false;
        }
        slices.replaceOne(Filters.eq("_id", sliceId(runId, slice.index())), slice(runId, slice),
                new ReplaceOptions().upsert(true));
        return true;
    }

    @Override
    public boolean finish(String runId, String owner, VerificationRun.State state, Instant at, String error) {
        return runs.updateOne(ours(runId, owner), ended(state, at, error)).getMatchedCount() == 1;
    }

    @Override
    public void release(String runId, String owner) {
        runs.updateOne(Filters.and(Filters.eq("_id", runId), Filters.eq("owner", owner)),
                Updates.combine(Updates.set("owner", null), Updates.set("leaseUntil", null)));
    }

    @Override
    public boolean cancel(String runId, Instant at, String reason) {
        return runs.updateOne(Filters.and(Filters.eq("_id", runId), running()),
                ended(VerificationRun.State.CANCELLED, at, reason)).getMatchedCount() == 1;
    }

    @Override
    public void recordClean(String tenant, Instant at) {
        clean.updateOne(Filters.eq("_id", tenant), Updates.max("at", Date.from(at)), new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<Instant> lastCleanVerification(String tenant) {
        return Optional.ofNullable(clean.find(Filters.eq("_id", tenant)).first()).map(d -> d.getDate("at").toInstant());
    }

    private static Bson running() {
        return Filters.eq("state", VerificationRun.State.RUNNING.name());
    }

    private static Bson ours(String runId, String owner) {
        return Filters.and(Filters.eq("_id", runId), Filters.eq("owner", owner), running());
    }

    private static Bson lease(String owner, Instant until) {
        return Updates.combine(Updates.set("owner", owner), Updates.set("leaseUntil", Date.from(until)));
    }

    private static Bson ended(VerificationRun.State state, Instant at, String error) {
        return Updates.combine(Updates.set("state", state.name()), Updates.set("finishedAt", Date.from(at)),
                Updates.set("error", error), Updates.set("owner", null), Updates.set("leaseUntil", null));
    }

    private static String sliceId(String runId, int index) {
        return runId + "#" + index;
    }

    private VerificationRun run(Document d) {
        String id = d.getString("_id");
        List<VerificationSlice> parts = new ArrayList<>();
        slices.find(Filters.eq("run", id)).sort(Sorts.ascending("index")).forEach(s -> parts.add(slice(s)));
        Date finished = d.getDate("finishedAt");
        return new VerificationRun(id, new VerificationRequest(d.getList("tenants", String.class),
                d.getList("collections", String.class), d.getBoolean("repair", false)),
                VerificationRun.State.valueOf(d.getString("state")), d.getDate("startedAt").toInstant(),
                finished == null ? null : finished.toInstant(), d.getString("error"), parts);
    }

    private static Document slice(String runId, VerificationSlice s) {
        VerificationCounts c = s.counts();
        Document counts = new Document("matched", c.matched()).append("missing", c.missing()).append("extra", c.extra())
                .append("mismatched", c.mismatched()).append("unsettled", c.unsettled())
                .append("unrenderable", c.unrenderable()).append("repaired", c.repaired());
        List<Document> examples = s.examples().stream().map(e -> new Document("kind", e.kind())
                .append("key", BsonValues.toBson(e.key())).append("outcome", e.outcome()).append("paths", e.paths())).toList();
        return new Document("_id", sliceId(runId, s.index())).append("run", runId).append("index", s.index())
                .append("tenant", s.tenant()).append("collection", s.collection()).append("state", s.state().name())
                .append("checkpoint", BsonValues.toBson(s.checkpoint())).append("expected", s.expected())
                .append("counts", counts).append("examples", examples)
                .append("pending", s.pending().stream().map(BsonValues::toBson).toList());
    }

    private static VerificationSlice slice(Document d) {
        Document c = d.get("counts", Document.class);
        VerificationCounts counts = new VerificationCounts(c.getLong("matched"), c.getLong("missing"),
                c.getLong("extra"), c.getLong("mismatched"), c.getLong("unsettled"), c.getLong("unrenderable"),
                c.getLong("repaired"));
        List<VerificationExample> examples = d.getList("examples", Document.class).stream().map(e ->
                new VerificationExample(e.getString("kind"), BsonValues.fromBson(e.get("key")), e.getString("outcome"),
                        e.getList("paths", String.class))).toList();
        return new VerificationSlice(d.getInteger("index"), d.getString("tenant"), d.getString("collection"),
                VerificationSlice.State.valueOf(d.getString("state")), BsonValues.fromBson(d.get("checkpoint")),
                d.getLong("expected"), counts, examples,
                d.getList("pending", Object.class).stream().map(BsonValues::fromBson).toList());
    }
}
