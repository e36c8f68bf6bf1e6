package dev.graph2doc.store.mongo;

import dev.graph2doc.copy.CopyPartition;
import dev.graph2doc.copy.CopyPlan;
import dev.graph2doc.copy.PartitionState;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** The stored forms of copy plans and partition states. */
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

    static Document newPartition(CopyPartition p) {
        return new Document("tenant", p.tenant()).append("collection", p.collection()).append("index", p.index())
                .append("after", BsonValues.toBson(p.after())).append("upTo", BsonValues.toBson(p.upTo()))
                .append("checkpoint", null).append("copied", 0L).append("done", false);
    }

    static PartitionState partitionState(Document d) {
        CopyPartition p = new CopyPartition(d.getString("tenant"), d.getString("collection"), d.getInteger("index"),
                BsonValues.fromBson(d.get("after")), BsonValues.fromBson(d.get("upTo")));
        Date lease = d.getDate("leaseUntil");
        return new PartitionState(p, d.getString("owner"), lease == null ? null : lease.toInstant(),
                BsonValues.fromBson(d.get("checkpoint")), d.get("copied", Number.class).longValue(),
                d.getBoolean("done", false));
    }
}
