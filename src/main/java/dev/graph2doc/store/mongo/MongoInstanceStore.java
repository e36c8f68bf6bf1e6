package dev.graph2doc.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.graph2doc.phase.InstanceBeat;
import dev.graph2doc.phase.InstanceStore;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.TenantPhase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Heartbeats in the control database's {@code instances}: {_id: instance, at, applied: [{tenant, phase, since,
 * version}], capturesWrites} (an array: tenant names are not safe as field names).
 *
 * <p>Control-plane data, not a tenant's documents: it opens the control database directly rather than through
 * {@link TenantCollection} (one of the exceptions listed in {@code QuerySafetyArchitectureTest}).
 */
public final class MongoInstanceStore implements InstanceStore {

    private final MongoCollection<Document> instances;

    public MongoInstanceStore(MongoClient client, String controlDatabase) {
        this.instances = client.getDatabase(controlDatabase).getCollection("instances");
    }

    @Override
    public void beat(InstanceBeat beat) {
        List<Document> applied = beat.applied().stream().map(p -> new Document("tenant", p.tenant())
                .append("phase", p.phase().name()).append("since", p.since() == null ? null : Date.from(p.since()))
                .append("version", p.version())).toList();
        instances.replaceOne(Filters.eq("_id", beat.instance()), new Document("_id", beat.instance())
                .append("at", Date.from(beat.at())).append("applied", applied)
                .append("capturesWrites", beat.capturesWrites()), new ReplaceOptions().upsert(true));
    }

    @Override
    public List<InstanceBeat> seenSince(Instant since) {
        List<InstanceBeat> out = new ArrayList<>();
        instances.find(Filters.gte("at", Date.from(since))).sort(Sorts.ascending("_id")).forEach(d -> out.add(beat(d)));
        return out;
    }

    @Override
    public void dropSeenBefore(Instant before) {
        instances.deleteMany(Filters.lt("at", Date.from(before)));
    }

    @Override
    public void remove(String instance) {
        instances.deleteOne(Filters.eq("_id", instance));
    }

    private static InstanceBeat beat(Document d) {
        List<TenantPhase> applied = d.getList("applied", Document.class).stream().map(p -> new TenantPhase(
                p.getString("tenant"), Phase.valueOf(p.getString("phase")),
                p.getDate("since") == null ? null : p.getDate("since").toInstant(),
                p.get("version", Number.class).longValue())).toList();
        return new InstanceBeat(d.getString("_id"), d.getDate("at").toInstant(), applied,
                Boolean.TRUE.equals(d.getBoolean("capturesWrites")));
    }
}
