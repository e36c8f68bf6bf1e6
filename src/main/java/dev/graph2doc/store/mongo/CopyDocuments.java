package dev.graph2doc.store.mongo;

import dev.graph2doc.copy.CopyFinding;
import dev.graph2doc.copy.CopyPartition;
import dev.graph2doc.copy.CopyPlan;
import dev.graph2doc.copy.CopyVerdict;
import dev.graph2doc.copy.PartitionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** The stored forms of copy plans, partition states, findings and verdicts. */
final class CopyDocuments {

    private CopyDocuments() {
    }

    static Document plan(CopyPlan plan) {
        List<Document> ranges = new ArrayList<>();
        for (CopyPartition p : plan.partitions()) {
            ranges.add(new Document("index", p.index()).append("after", BsonValues.toBson(p.after()))
                    .append("upTo", BsonValues.toBson(p.upTo())));
        }
        return new Document("_id", plan.tenant() + "/" + plan.collection()).append("tenant", plan.tenant())
                .append("collection", plan.collection()).append("estimatedTotal", plan.estimatedTotal())
                .append("plannedAt", Date.from(plan.plannedAt())).append("partitions", ranges);
    }

    static CopyPlan plan(Document d) {
        String tenant = d.getString("tenant");
        String collection = d.getString("collection");
        List<CopyPartition> partitions = new ArrayList<>();
        for (Document r : d.getList("partitions", Document.class)) {
            partitions.add(new CopyPartition(tenant, collection, r.getInteger("index"),
                    BsonValues.fromBson(r.get("after")), BsonValues.fromBson(r.get("upTo"))));
        }
        return new CopyPlan(tenant, collection, partitions, d.get("estimatedTotal", Number.class).longValue(),
                d.getDate("plannedAt").toInstant());
    }

    static Document newPartition(CopyPartition p, Instant startedAt) {
        return new Document("tenant", p.tenant()).append("collection", p.collection()).append("index", p.index())
                .append("after", BsonValues.toBson(p.after())).append("upTo", BsonValues.toBson(p.upTo()))
                .append("checkpoint", null).append("copied", 0L).append("done", false)
                .append("startedAt", Date.from(startedAt));
    }

    static PartitionState partitionState(Document d) {
        CopyPartition p = new CopyPartition(d.getString("tenant"), d.getString("collection"), d.getInteger("index"),
                BsonValues.fromBson(d.get("after")), BsonValues.fromBson(d.get("upTo")));
        return new PartitionState(p, d.getString("owner"), instant(d, "leaseUntil"),
                BsonValues.fromBson(d.get("checkpoint")), d.get("copied", Number.class).longValue(),
                d.getBoolean("done", false), instant(d, "startedAt"), instant(d, "finishedAt"));
    }

    static Document finding(CopyFinding f) {
        return new Document("_id", findingId(f)).append("tenant", f.tenant()).append("collection", f.collection())
                .append("key", BsonValues.toBson(f.key())).append("kind", f.kind().name()).append("bytes", f.bytes())
                .append("reason", f.reason());
    }

    /** The key's type is part of the id: a string '7' and a number 7 are two roots. */
    private static String findingId(CopyFinding f) {
        Object key = f.key();
        String typed = (key == null ? "null" : key.getClass().getSimpleName()) + ":" + key;
        return f.tenant() + "/" + f.collection() + "/" + f.kind().name() + "/" + typed;
    }

    static CopyFinding finding(Document d) {
        return new CopyFinding(d.getString("tenant"), d.getString("collection"), BsonValues.fromBson(d.get("key")),
                CopyFinding.Kind.valueOf(d.getString("kind")), d.get("bytes", Number.class).longValue(),
                d.getString("reason"));
    }

    static Document verdict(CopyVerdict v) {
        return new Document("_id", v.tenant() + "/" + v.collection()).append("tenant", v.tenant())
                .append("collection", v.collection()).append("checkedAt", Date.from(v.checkedAt()))
                .append("graphRoots", v.graphRoots()).append("missingCount", v.missingCount())
                .append("missing", v.missing().stream().map(BsonValues::toBson).toList());
    }

    static CopyVerdict verdict(Document d) {
        return new CopyVerdict(d.getString("tenant"), d.getString("collection"), d.getDate("checkedAt").toInstant(),
                d.get("graphRoots", Number.class).longValue(), d.get("missingCount", Number.class).longValue(),
                d.getList("missing", Object.class).stream().map(BsonValues::fromBson).toList());
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
